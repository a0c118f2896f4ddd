package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;

/** Lexicographic comparison of two sequences, as list and tuple compare ({@code list_richcompare}). */
public final class SequenceCompare {
    private SequenceCompare() {
    }

    public static PyObject compare(PyObject[] x, PyObject[] y, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && x.length != y.length) {
            return PyBool.of(op == CompareOp.NE);
        }
        int n = Math.min(x.length, y.length);
        int i = 0;
        while (i < n && Abstract.richCompareBool(x[i], y[i], CompareOp.EQ)) {
            i++;
        }
        if (i >= n) {
            int c = Integer.compare(x.length, y.length);
            return PyBool.of(op.test(c));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x[i], y[i], op);
    }
}
