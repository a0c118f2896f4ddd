package org.sanca.runtime.modules.sys;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyType;

/**
 * An object whose attributes are its dict, shown as {@code namespace(a=1, ...)}: what CPython
 * makes {@code sys.implementation} of ({@code types.SimpleNamespace}, {@code Objects/namespaceobject.c}).
 */
public final class SysNamespace extends PyObject implements WithDict {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", SysNamespace.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = o -> PyStr.of(((SysNamespace) o).repr());
    });

    private final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public SysNamespace with(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
        return this;
    }

    private String repr() {
        StringBuilder b = new StringBuilder("namespace(");
        PyObject[] keys = dict.keysArray();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(((PyStr) keys[i]).value()).append('=').append(Abstract.repr(dict.getItem(keys[i])).value());
        }
        return b.append(')').toString();
    }
}
