package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** The slots of {@code bool} ({@code Objects/boolobject.c}): repr and the logical operators. */
final class BoolSlots {
    private BoolSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(self == PyBool.TRUE ? "True" : "False");
        t.tp_new = NumberNew::newBool;
        t.nb_and = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                ? PyBool.of(x == PyBool.TRUE & y == PyBool.TRUE) : IntSlots.and(a, b);
        t.nb_or = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                ? PyBool.of(x == PyBool.TRUE | y == PyBool.TRUE) : IntSlots.or(a, b);
        t.nb_xor = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                ? PyBool.of(x != y) : IntSlots.xor(a, b);
    }
}
