package org.sanca.runtime.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** Expected values recorded from CPython 3.12 ({@code format(v, spec)}). */
class FormatSpecTest {
    private static String f(PyObject v, String spec) {
        return Abstract.format(v, PyStr.of(spec)).value();
    }

    private static String err(PyObject v, String spec) {
        PyException e = assertThrows(PyException.class, () -> f(v, spec));
        return e.value().type().getName() + " " + Abstract.str(e.value()).value();
    }

    @Test
    void integers() {
        assertEquals("0,001,234", f(PyInt.of(1234), "09,"));
        assertEquals("0,001,234", f(PyInt.of(1234), "08,"));
        assertEquals("001,234", f(PyInt.of(1234), "07,"));
        assertEquals("-0,001,234", f(PyInt.of(-1234), "09,"));
        assertEquals("0x0_0000_00ff", f(PyInt.of(255), "#012_x"));
        assertEquals("111_0101_1011_1100_1101_0001_0101", f(PyInt.of(123456789), "_b"));
        assertEquals("-0xc", f(PyInt.of(-12), "#x"));
        assertEquals("-     5", f(PyInt.of(-5), "=7"));
        assertEquals("   5   ", f(PyInt.of(5), "^7"));
        assertEquals("1\0\0\0\0", f(PyInt.of(1), "\0<5"));
        assertEquals("1.000000e+20", f(PyInt.of(new java.math.BigInteger("100000000000000000000")), "e"));
        assertEquals("ValueError Precision not allowed in integer format specifier", err(PyInt.of(1), ".2d"));
        assertEquals("ValueError Cannot specify ',' with 'x'.", err(PyInt.of(1), ",x"));
        assertEquals("ValueError Invalid format specifier 'abc' for object of type 'int'", err(PyInt.of(1), "abc"));
        assertEquals("OverflowError %c arg not in range(0x110000)", err(PyInt.of(-1), "c"));
        assertEquals("ValueError Unknown format code '\\xa' for object of type 'float'", err(PyFloat.of(1), "\n"));
    }

    @Test
    void floats() {
        assertEquals("0,001,234.50", f(PyFloat.of(1234.5), "012,.2f"));
        assertEquals("0000000inf", f(PyFloat.of(Double.POSITIVE_INFINITY), "010"));
        assertEquals("+000000nan", f(PyFloat.of(Double.NaN), "+010f"));
        assertEquals("0.0", f(PyFloat.of(-0.001), "z.1f"));
        assertEquals("1.e+02", f(PyFloat.of(123.456), "#.0e"));
        assertEquals("123.", f(PyFloat.of(123.456), "#.0f"));
        assertEquals("1e-05", f(PyFloat.of(0.00001), "g"));
        assertEquals("123,456,789.0", f(PyFloat.of(123456789.0), ","));
        assertEquals("150.0%", f(PyFloat.of(1.5), ".1%"));
        assertEquals("2", f(PyFloat.of(2.5), ".0f"));
        assertEquals("1.00000", f(PyFloat.of(1.0), "#g"));
        assertEquals("9.9e+01", f(PyFloat.of(99.0), ".2"));
        assertEquals("12.0", f(PyFloat.of(12.0), "#.3"));
        assertEquals("1.e+16", f(PyFloat.of(1e16), "#"));
        assertEquals("12_345.7", f(PyFloat.of(12345.678), "_g"));
        assertEquals("      3.14", f(PyFloat.of(3.14159), "10.3"));
        assertEquals("1e+22", f(PyFloat.of(1e22), "n"));
    }

    @Test
    void strings() {
        assertEquals("ab00000", f(PyStr.of("ab"), "07"));
        assertEquals("==ab===", f(PyStr.of("ab"), "=^07"));
        assertEquals("abc<<", f(PyStr.of("abc"), "<<5"));
        assertEquals("ValueError Sign not allowed in string format specifier", err(PyStr.of("s"), "+s"));
        assertEquals("ValueError '=' alignment not allowed in string format specifier", err(PyStr.of("s"), "=10s"));
        assertEquals("ValueError Cannot specify ',' with 's'.", err(PyStr.of("s"), ",s"));
    }

    @Test
    void percentAndFormatMethod() {
        assertEquals("005|   ab|3    |-0042|+4| 4|0xff|0o10|0XFF|-00ff|0xff    |-ff",
                PercentFormat.format("%.3d|%5.2s|%-5d|%05d|%+d|% d|%#x|%#o|%#X|%05x|%-#8x|%x",
                        org.sanca.runtime.objects.PyTuple.of(PyInt.of(5), PyStr.of("abc"), PyInt.of(3), PyInt.of(-42),
                                PyInt.of(4), PyInt.of(4), PyInt.of(255), PyInt.of(8), PyInt.of(255), PyInt.of(-255),
                                PyInt.of(255), PyInt.of(-255))));
        assertEquals("1.00 1.234568e+04 1e-05", PercentFormat.format("%.2f %e %g",
                org.sanca.runtime.objects.PyTuple.of(PyFloat.of(1.005), PyFloat.of(12345.678), PyFloat.of(0.00001))));
        assertEquals("a-1-  b", FormatString.format("{}-{}-{:>3}", org.sanca.runtime.objects.PyTuple.of(PyStr.of("a"),
                PyInt.of(1), PyStr.of("b")), new org.sanca.runtime.objects.PyDict()));
    }
}
