package org.sanca.runtime.builtins;

import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/** The builtin functions about numbers and characters ({@code Python/bltinmodule.c}). */
final class NumberFunctions {
    private static final PyStr ROUND = PyStr.of("__round__");

    private NumberFunctions() {
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the absolute value of the argument.")
    static PyObject abs(PyObject x) {
        return Abstract.absolute(x);
    }

    @PyMethod(value = "($module, x, y, /)", doc = "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
    static PyObject divmod(PyObject x, PyObject y) {
        return Abstract.divmod(x, y);
    }

    @PyMethod(value = "($module, /, base, exp, mod=None)", doc = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\n"
            + "Some types, such as ints, are able to use a more efficient algorithm when\n"
            + "invoked using the three argument form.")
    static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        return Abstract.power(base, exp, mod);
    }

    @PyMethod(value = "($module, /, number, ndigits=None)", doc = "Round a number to a given precision in decimal digits.\n\n"
            + "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
            + "the return value has the same type as the number.  ndigits may be negative.")
    static PyObject round(PyObject number, PyObject ndigits) {
        PyObject method = number.type().lookup(ROUND);
        if (method == null) {
            throw PyErr.typeError("type %s doesn't define __round__ method", number.type().getName());
        }
        if (ndigits == PyNone.NONE) {
            return Abstract.call(method, number);
        }
        return Abstract.call(method, number, ndigits);
    }

    @PyMethod(value = "($module, number, /)", doc = "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'")
    static PyObject bin(PyObject number) {
        return toBase(number, 2, "0b");
    }

    @PyMethod(value = "($module, number, /)", doc = "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'")
    static PyObject oct(PyObject number) {
        return toBase(number, 8, "0o");
    }

    @PyMethod(value = "($module, number, /)", doc = "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'")
    static PyObject hex(PyObject number) {
        return toBase(number, 16, "0x");
    }

    /** CPython's {@code PyNumber_ToBase}: the sign, the prefix, then the digits. */
    private static PyStr toBase(PyObject number, int radix, String prefix) {
        PyInt i = Abstract.index(number);
        if (i.big == null) {
            long v = i.value;
            String digits = v < 0 ? Long.toString(v, radix).substring(1) : Long.toString(v, radix);
            if (v == Long.MIN_VALUE) {
                digits = BigInteger.valueOf(v).negate().toString(radix);
            }
            return PyStr.of((v < 0 ? "-" : "") + prefix + digits);
        }
        BigInteger b = i.big;
        return PyStr.of((b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix));
    }

    @PyMethod(value = "($module, i, /)", doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    static PyObject chr(PyObject i) {
        PyInt n = Abstract.index(i);
        if (n.big != null || n.value < 0 || n.value > 0x10ffff) {
            if (n.big != null) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
            }
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) n.value);
    }

    @PyMethod(value = "($module, c, /)", doc = "Return the Unicode code point for a one-character string.")
    static long ord(PyObject c) {
        if (c instanceof PyStr s) {
            String v = s.value();
            int n = v.codePointCount(0, v.length());
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
            }
            return v.codePointAt(0);
        }
        byte[] b = c instanceof PyBytes || c instanceof org.sanca.runtime.objects.PyByteArray ? PyBytes.bufferOrNull(c) : null;
        if (b == null) {
            throw PyErr.typeError("ord() expected string of length 1, but %s found", PyErr.typeName(c));
        }
        if (b.length != 1) {
            throw PyErr.typeError("ord() expected a character, but string of length %d found", b.length);
        }
        return b[0] & 0xff;
    }
}
