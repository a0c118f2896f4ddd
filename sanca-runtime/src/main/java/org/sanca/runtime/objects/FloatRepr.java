package org.sanca.runtime.objects;

/**
 * {@code repr(float)}: the shortest decimal string that reads back as the same double,
 * laid out as CPython's {@code float_repr} ({@code Python/pystrtod.c}, mode 'r'): positional
 * notation while the decimal point falls within 16 digits, exponent notation ({@code 1e+16},
 * {@code 1.5e-07}) beyond. The digits come from {@link Double#toString(double)}, which since
 * JDK 19 gives the shortest uniquely-identifying decimal, closest to the exact value.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        String s = Double.toString(Math.abs(v));
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        String body = decpt > -4 && decpt <= 16 ? positional(digits, decpt) : exponential(digits, decpt);
        return v < 0 ? "-" + body : body;
    }

    private static String positional(String digits, int decpt) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static String exponential(String digits, int decpt) {
        int exp = decpt - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }
}
