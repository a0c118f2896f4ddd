package org.sanca.runtime.modules.sys;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * A named tuple made by Java code, as CPython's struct sequences ({@code Objects/structseq.c})
 * such as {@code sys.version_info} and {@code sys.flags}: a tuple whose items are also
 * attributes.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;
    private final String[] fields;

    private StructSeq(PyType type, String[] fields, PyObject[] values) {
        super(values);
        this.type = type;
        this.fields = fields;
    }

    /** A new struct sequence type named {@code name} (e.g. {@code "sys.flags"}). */
    public static PyType newType(String name) {
        PyType t = PyType.builtin(name.substring(name.lastIndexOf('.') + 1), StructSeq.class, PyTuple.TYPE, 0, s -> {
            s.tp_getattro = StructSeq::getAttr;
            s.tp_repr = o -> PyStr.of(((StructSeq) o).repr(name));
        });
        return t;
    }

    /** An instance of {@code type} with {@code fields} set to {@code values}. */
    public static StructSeq of(PyType type, String[] fields, PyObject... values) {
        return new StructSeq(type, fields, values);
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject getAttr(PyObject o, PyStr name) {
        StructSeq s = (StructSeq) o;
        for (int i = 0; i < s.fields.length; i++) {
            if (s.fields[i].equals(name.value())) {
                return s.get(i);
            }
        }
        return GenericAttr.getAttr(o, name, false);
    }

    private String repr(String name) {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(fields[i]).append('=').append(Abstract.repr(get(i)).value());
        }
        return b.append(')').toString();
    }
}
