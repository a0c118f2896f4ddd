package org.sanca.runtime.objects.format;

import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.IntParse;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.StrRepr;

/**
 * {@code str % args}: CPython's {@code PyUnicode_Format} ({@code Objects/unicodeobject.c}).
 * Conversions {@code d i u o x X e E f F g G c r s a %}, mapping keys, flags {@code - + space # 0},
 * {@code *} widths and precisions.
 */
public final class PercentFormat {
    private final String fmt;
    /** Formatting bytes: the format and result are Latin-1 text, %s and %b take bytes-like objects. */
    private final boolean bytesMode;
    private final PyObject[] args;
    private final PyObject dict;
    private int argIndex;
    private int pos;

    private PercentFormat(String fmt, PyObject values, boolean bytesMode) {
        this.fmt = fmt;
        this.bytesMode = bytesMode;
        if (values instanceof PyTuple t) {
            args = t.items();
            dict = null;
        } else {
            args = new PyObject[] {values};
            boolean text = bytesMode ? values instanceof PyBytes : values instanceof PyStr;
            dict = values.type().mp_subscript != null && !text ? values : null;
        }
    }

    public static String format(String fmt, PyObject values) {
        return new PercentFormat(fmt, values, false).run();
    }

    /** {@code bytes % values}, with the bytes as Latin-1 text in and out. */
    public static String formatBytes(String fmt, PyObject values) {
        return new PercentFormat(fmt, values, true).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            char c = fmt.charAt(pos);
            if (c != '%') {
                int next = fmt.indexOf('%', pos);
                if (next < 0) {
                    next = n;
                }
                out.append(fmt, pos, next);
                pos = next;
                continue;
            }
            pos++;
            conversion(out);
        }
        if (argIndex < args.length && dict == null) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private PyObject nextArg() {
        if (argIndex >= args.length) {
            throw PyErr.typeError("not enough arguments for format string");
        }
        return args[argIndex++];
    }

    private int peek() {
        if (pos >= fmt.length()) {
            throw PyErr.valueError("incomplete format");
        }
        return fmt.charAt(pos);
    }

    private void conversion(StringBuilder out) {
        PyObject arg = null;
        if (peek() == '(') {
            arg = mappingValue();
        }
        boolean left = false;
        boolean plus = false;
        boolean space = false;
        boolean alt = false;
        boolean zero = false;
        for (boolean more = true; more; ) {
            switch (peek()) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                case '0' -> zero = true;
                default -> more = false;
            }
            if (more) {
                pos++;
            }
        }
        int width = number(true);
        if (width < 0) {
            left = true;
            width = -width;
        }
        int prec = -1;
        if (peek() == '.') {
            pos++;
            prec = Math.max(0, number(false));
        }
        while (peek() == 'h' || peek() == 'l' || peek() == 'L') {
            pos++;
        }
        int typeAt = pos;
        int type = fmt.codePointAt(pos);
        pos += Character.charCount(type);
        if (type == '%') {
            out.append('%');
            return;
        }
        if (arg == null) {
            arg = nextArg();
        }
        String sign;
        String body;
        String prefix = "";
        boolean numeric = true;
        switch (type) {
            case 's', 'r', 'a', 'b' -> {
                numeric = false;
                String s;
                if (bytesMode) {
                    s = type == 's' || type == 'b' ? bytesOf(arg) : StrRepr.ascii(Abstract.repr(arg).value());
                } else if (type == 'b') {
                    throw PyErr.valueError("unsupported format character 'b' (0x62) at index %d", typeAt);
                } else {
                    s = type == 's' ? Abstract.str(arg).value() : type == 'r' ? Abstract.repr(arg).value()
                            : StrRepr.ascii(Abstract.repr(arg).value());
                }
                if (prec >= 0 && prec < s.codePointCount(0, s.length())) {
                    s = s.substring(0, s.offsetByCodePoints(0, prec));
                }
                sign = "";
                body = s;
            }
            case 'c' -> {
                numeric = false;
                sign = "";
                body = bytesMode ? byteCharacter(arg) : character(arg);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                if (arg instanceof PyInt small && small.isSmall() && small.value != Long.MIN_VALUE) {
                    sign = small.value < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = Long.toString(Math.abs(small.value), radix);
                } else {
                    BigInteger v = integer(arg, type);
                    sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = radix == 10 ? IntParse.toDecimal(PyInt.of(v.abs())) : v.abs().toString(radix);
                }
                if (type == 'X') {
                    body = body.toUpperCase();
                }
                if (prec > body.length()) {
                    body = "0".repeat(prec - body.length()) + body;
                }
                if (alt && radix != 10) {
                    prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double v = real(arg);
                boolean neg = v < 0 || (v == 0 && 1 / v < 0);
                sign = neg ? "-" : plus ? "+" : space ? " " : "";
                String[] parts = FloatFormat.formatAbs(Math.abs(v), type, prec < 0 ? 6 : prec, alt);
                body = parts[0] + parts[1];
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    zero = false;
                }
            }
            default -> throw PyErr.valueError("unsupported format character '%s' (0x%x) at index %d",
                    new String(Character.toChars(type)), type, typeAt);
        }
        pad(out, sign + prefix, body, width, left, zero && numeric);
    }

    private static void pad(StringBuilder out, String head, String body, int width, boolean left, boolean zero) {
        int len = head.length() + body.codePointCount(0, body.length());
        int fill = width - len;
        if (fill <= 0) {
            out.append(head).append(body);
        } else if (left) {
            out.append(head).append(body).append(" ".repeat(fill));
        } else if (zero) {
            out.append(head).append("0".repeat(fill)).append(body);
        } else {
            out.append(" ".repeat(fill)).append(head).append(body);
        }
    }

    private PyObject mappingValue() {
        if (dict == null) {
            throw PyErr.typeError("format requires a mapping");
        }
        int depth = 1;
        int keyStart = ++pos;
        while (pos < fmt.length() && depth > 0) {
            char c = fmt.charAt(pos++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw PyErr.valueError("incomplete format key");
        }
        argIndex = args.length;
        String key = fmt.substring(keyStart, pos - 1);
        return Abstract.getItem(dict, bytesMode ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                : PyStr.of(key));
    }

    /** A width or precision: digits, or {@code *} taking the next argument; -1 when absent (width may be negative from {@code *}). */
    private int number(boolean isWidth) {
        if (peek() == '*') {
            pos++;
            PyObject a = nextArg();
            if (!(a instanceof PyInt i)) {
                throw PyErr.typeError("* wants int");
            }
            return i.intValue();
        }
        int v = -1;
        while (pos < fmt.length() && Character.isDigit(fmt.charAt(pos)) && fmt.charAt(pos) < 128) {
            v = (v < 0 ? 0 : v) * 10 + fmt.charAt(pos++) - '0';
            if (v > Integer.MAX_VALUE / 10) {
                throw PyErr.valueError(isWidth ? "width too big" : "precision too big");
            }
        }
        return isWidth && v < 0 ? 0 : v;
    }

    private static String character(PyObject arg) {
        if (arg instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("%c requires int or char");
            }
            return s.value();
        }
        if (!(arg instanceof PyInt) && arg.type().nb_index == null) {
            throw PyErr.typeError("%c requires int or char");
        }
        PyInt i = Abstract.index(arg);
        if (i.big != null || i.value < 0 || i.value > 0x10ffff) {
            throw PyErr.format(PyExc.OverflowError, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.value));
    }

    private static String bytesOf(PyObject arg) {
        byte[] b = org.sanca.runtime.objects.PyBytes.bufferOrNull(arg);
        if (b == null && arg.type().lookup(PyStr.of("__bytes__")) != null) {
            b = org.sanca.runtime.objects.PyBytes.bufferOrNull(Abstract.callMethod(arg, "__bytes__"));
        }
        if (b == null) {
            throw PyErr.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    PyErr.typeName(arg));
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String byteCharacter(PyObject arg) {
        byte[] b = org.sanca.runtime.objects.PyBytes.bufferOrNull(arg);
        if (b != null && b.length == 1) {
            return String.valueOf((char) (b[0] & 0xff));
        }
        if (arg instanceof PyInt i) {
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErr.format(PyExc.OverflowError, "%c arg not in range(256)");
            }
            return String.valueOf((char) i.value);
        }
        throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
    }

    private static BigInteger integer(PyObject arg, int type) {
        if (arg instanceof PyInt i) {
            return i.bigValue();
        }
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (decimal && arg.type().nb_int != null && !(arg instanceof PyStr)) {
            PyObject r = arg.type().nb_int.call(arg);
            return ((PyInt) r).bigValue();
        }
        if (arg.type().nb_index != null) {
            return Abstract.index(arg).bigValue();
        }
        if (decimal) {
            throw PyErr.typeError("%%%c format: a real number is required, not %s", (char) type, PyErr.typeName(arg));
        }
        throw PyErr.typeError("%%%c format: an integer is required, not %s", (char) type, PyErr.typeName(arg));
    }

    private static double real(PyObject arg) {
        if (arg instanceof PyFloat f) {
            return f.value;
        }
        return org.sanca.runtime.objects.FloatSlots.asDouble(arg);
    }
}
