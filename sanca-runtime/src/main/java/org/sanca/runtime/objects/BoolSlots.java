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
        t.nb_invert = self -> {
            Warnings.deprecated("Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. "
                    + "This returns the bitwise inversion of the underlying int object and is usually not what you "
                    + "expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you "
                    + "really want the bitwise inversion of the underlying int.");
            return PyInt.of(self == PyBool.TRUE ? -2 : -1);
        };
    }
}
