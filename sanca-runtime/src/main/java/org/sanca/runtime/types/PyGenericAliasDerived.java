package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.SlotValues;
import org.sanca.runtime.objects.WithDict;

/**
 * An instance of a Python class deriving from {@code types.GenericAlias} (such as
 * {@code collections.abc}'s alias for {@code Callable[[A], R]}): an alias with its own type,
 * dict and slots.
 */
public final class PyGenericAliasDerived extends PyGenericAlias implements WithDict, SlotHolder {
    private final PyType type;
    private PyDict dict;
    private final SlotValues slotValues = new SlotValues();

    PyGenericAliasDerived(PyType type, PyObject origin, PyObject args) {
        super(origin, args);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject getSlot(int i) {
        return slotValues.get(i);
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slotValues.set(type(), i, v);
    }
}
