package org.sanca.runtime.types;

import java.util.function.Function;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** A Java lambda as a Python method, standing in for a Python function in tests. */
final class JavaFunc extends PyObject implements MethodDescriptor {
    static final PyType TYPE = PyType.builtin("javafunc", JavaFunc.class, PyType.OBJECT, 0, t -> {
        t.tp_call = (f, args, kw) -> ((JavaFunc) f).body.apply(args);
        t.tp_repr = f -> PyStr.of("<javafunc>");
        t.tp_descr_get = (f, obj, type) -> obj == null ? f : ((JavaFunc) f).bind(obj);
    });

    private final Function<PyObject[], PyObject> body;

    JavaFunc(Function<PyObject[], PyObject> body) {
        this.body = body;
    }

    private JavaFunc bind(PyObject self) {
        return new JavaFunc(args -> callWithSelf(self, args, null));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return body.apply(all);
    }
}
