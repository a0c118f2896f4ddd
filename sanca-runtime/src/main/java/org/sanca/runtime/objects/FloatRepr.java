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

    /**
     * The shortest round-trip digits of a finite, positive double: {@code 0.digits * 10**decpt}
     * is the value, digits has no leading or trailing zeros.
     */
    public record Digits(String digits, int decpt) {
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
        Digits d = shortest(Math.abs(v));
        String body = d.decpt > -4 && d.decpt <= 16 ? positional(d.digits, d.decpt) : exponential(d.digits, d.decpt);
        return v < 0 ? "-" + body : body;
    }

    /** The shortest digits of {@code v} (finite and greater than zero). */
    public static Digits shortest(double v) {
        String s = Double.toString(v);
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
        if (digits.length() == 2) {
            Digits one = oneDigit(v, digits, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(digits, decpt);
    }

    /**
     * A one-digit form of {@code v} that reads back as v, if there is one: Java renders at
     * least two digits (4.9E-324 where Python's shortest is 5e-324).
     */
    private static Digits oneDigit(double v, String digits, int decpt) {
        int d = digits.charAt(0) - '0';
        Digits best = null;
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal bestDist = null;
        for (int c = d; c <= d + 1; c++) {
            Digits cand = c == 10 ? new Digits("1", decpt + 1) : new Digits(String.valueOf(c), decpt);
            java.math.BigDecimal value = new java.math.BigDecimal("0." + cand.digits() + "E" + cand.decpt());
            if (value.doubleValue() == v) {
                java.math.BigDecimal dist = value.subtract(exact).abs();
                if (bestDist == null || dist.compareTo(bestDist) < 0) {
                    best = cand;
                    bestDist = dist;
                }
            }
        }
        return best;
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
        return mant + exponent('e', exp);
    }

    /** An exponent as CPython writes it: sign and at least two digits ({@code e+16}, {@code e-07}). */
    public static String exponent(char e, int exp) {
        String n = Integer.toString(Math.abs(exp));
        return e + (exp < 0 ? "-" : "+") + (n.length() < 2 ? "0" + n : n);
    }
}
