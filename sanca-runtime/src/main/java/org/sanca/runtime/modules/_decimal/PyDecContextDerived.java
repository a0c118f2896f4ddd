package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.SlotValues;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code decimal.Context}. */
final class PyDecContextDerived extends PyDecContext implements WithDict, SlotHolder {
    private final PyType type;
    private PyDict dict;
    private final SlotValues slotValues = new SlotValues();

    PyDecContextDerived(PyType type, long prec, Rounding rounding, long emin, long emax, int capitals, int clamp, int flags,
                        int traps) {
        super(prec, rounding, emin, emax, capitals, clamp, flags, traps);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = PyHeapType.newInstanceDict(type);
        }
        return dict;
    }

    @Override
    public PyObject getSlot(int i) {
        return slotValues.get(i);
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slotValues.set(type, i, v);
    }
}
