package org.sanca.runtime.modules.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** Expected values recorded from CPython 3.12 (conformance/builtins/math_functions.out). */
class MathModuleTest {
    private static final PyModule MATH = module();

    private static PyModule module() {
        PyModule m = new PyModule("math");
        MathModule.fill(m);
        return m;
    }

    private static String call(String name, PyObject... args) {
        return Abstract.repr(Abstract.call(MATH.getDict().getItem(PyStr.of(name)), args)).value();
    }

    private static String err(String name, PyObject... args) {
        PyException e = assertThrows(PyException.class, () -> call(name, args));
        return e.value().type().getName() + " " + Abstract.str(e.value()).value();
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject f(double v) {
        return PyFloat.of(v);
    }

    @Test
    void values() {
        assertEquals("100000000000000000000", call("isqrt", PyInt.of(BigInteger.TEN.pow(40))));
        assertEquals("-3", call("floor", f(-2.7)));
        assertEquals("-1.0", call("fmod", i(-7), i(3)));
        assertEquals("-1.0", call("remainder", i(7), i(2)));
        assertEquals("(0.75, 3.0)", call("modf", f(3.75)));
        assertEquals("(0.5, 4)", call("frexp", f(8.0)));
        assertEquals("3.0", call("log", i(8), i(2)));
        assertEquals("3.0", call("log10", i(1000)));
        assertEquals("1000.0", call("log2", PyInt.of(BigInteger.TWO.pow(1000))));
        assertEquals("0.7853981633974483", call("atan2", i(1), i(1)));
        assertEquals("3.0", call("hypot", i(1), i(2), i(2)));
        assertEquals("2432902008176640000", call("factorial", i(20)));
        assertEquals("3", call("gcd", i(12), i(18), i(27)));
        assertEquals("120", call("comb", i(10), i(3)));
        assertEquals("1.0", call("fsum", new PyList(new PyObject[] {f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1),
            f(0.1), f(0.1), f(0.1)})));
        assertEquals("2.220446049250313e-16", call("ulp", f(1.0)));
        assertEquals("24.0", call("gamma", i(5)));
        assertEquals("0.0", call("lgamma", i(1)));
        assertEquals("0.0", call("erf", i(0)));
        assertEquals("0.8427007929497149", call("erf", i(1)));
        assertEquals("0.15729920705028513", call("erfc", i(1)));
        assertEquals("0.9953222650189527", call("erf", f(2.0)));
        assertEquals("1.7724538509055159", call("gamma", f(0.5)));
        assertEquals("716430.6890623765", call("gamma", f(10.3)));
        assertEquals("0.5723649429247004", call("lgamma", f(0.5)));
        assertEquals("602.5139548705855", call("lgamma", f(150.5)));
        assertEquals("True", call("isclose", f(0.30000000000000004), f(0.3)));
    }

    @Test
    void errors() {
        assertEquals("ValueError math domain error", err("sqrt", i(-1)));
        assertEquals("ValueError math domain error", err("log", i(0)));
        assertEquals("ValueError factorial() not defined for negative values", err("factorial", i(-1)));
        assertEquals("TypeError 'float' object cannot be interpreted as an integer", err("factorial", f(2.5)));
        assertEquals("OverflowError math range error", err("exp", i(1000)));
        assertEquals("TypeError must be real number, not str", err("sqrt", PyStr.of("4")));
        assertEquals("OverflowError cannot convert float infinity to integer", err("floor", f(Double.POSITIVE_INFINITY)));
        assertEquals("ZeroDivisionError float division by zero", err("log", i(1), i(1)));
        assertEquals("ValueError math domain error", err("pow", i(0), i(-1)));
    }
}
