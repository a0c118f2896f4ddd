package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/** The slots of {@code decimal.Context}: construction from DefaultContext's settings, and repr. */
final class ContextSlots {
    static final String[] PARAMS = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};

    private ContextSlots() {
    }

    static void fill(PyType t) {
        t.tp_new = (type, args, kw) -> {
            PyDecContext d = DecimalState.get().defaultContext;
            PyDecContext c = d.copyAs((PyType) type);
            c.flags = 0;
            return c;
        };
        t.tp_init = (self, args, kw) -> {
            ((PyDecContext) self).configure(Args.bind(PARAMS, args, kw));
            return PyNone.NONE;
        };
        t.tp_repr = self -> PyStr.of(((PyDecContext) self).repr());
    }
}
