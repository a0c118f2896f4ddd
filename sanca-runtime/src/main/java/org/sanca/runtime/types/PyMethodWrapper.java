package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** A slot wrapper bound to an object, e.g. {@code (1).__add__}: CPython's {@code method-wrapper}. */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("method-wrapper", PyMethodWrapper.class, PyType.OBJECT, 0, t -> {
        t.tp_call = (m, args, kw) -> ((PyMethodWrapper) m).wrapper.callWithSelf(((PyMethodWrapper) m).self, args, kw);
        t.tp_repr = m -> PyStr.of("<method-wrapper '" + ((PyMethodWrapper) m).wrapper.name + "' of "
                + ((PyMethodWrapper) m).self.type().getName() + " object at " + Ids.hex(((PyMethodWrapper) m).self) + ">");
    });

    public final PySlotWrapper wrapper;
    public final PyObject self;

    PyMethodWrapper(PySlotWrapper wrapper, PyObject self) {
        this.wrapper = wrapper;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter("__name__")
    PyObject nameAttr() {
        return PyStr.of(wrapper.name);
    }

    @PyGetter("__qualname__")
    PyObject qualnameAttr() {
        return PyStr.of(wrapper.owner.getQualname() + "." + wrapper.name);
    }

    @PyGetter("__self__")
    PyObject selfAttr() {
        return self;
    }

    @PyGetter("__objclass__")
    PyObject objclass() {
        return wrapper.owner;
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return wrapper.textSignature();
    }
}
