package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;

/** C3 linearization: CPython's {@code mro_implementation} in {@code Objects/typeobject.c}. */
final class Mro {
    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 0) {
            return new PyType[] {type};
        }
        if (bases.length == 1) {
            PyType[] baseMro = bases[0].mro();
            PyType[] out = new PyType[baseMro.length + 1];
            out[0] = type;
            System.arraycopy(baseMro, 0, out, 1, baseMro.length);
            return out;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                if (!inTail(head, seqs)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw inconsistent(seqs);
            }
            result.add(next);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == next) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(PyType t, List<List<PyType>> seqs) {
        for (List<PyType> seq : seqs) {
            if (seq.indexOf(t) > 0) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException inconsistent(List<List<PyType>> seqs) {
        StringBuilder names = new StringBuilder();
        List<PyType> seen = new ArrayList<>();
        for (List<PyType> seq : seqs) {
            PyType head = seq.get(0);
            if (!seen.contains(head)) {
                seen.add(head);
                names.append(names.isEmpty() ? "" : ", ").append(head.getName());
            }
        }
        return PyErr.format(PyExc.TypeError,
                "Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
    }
}
