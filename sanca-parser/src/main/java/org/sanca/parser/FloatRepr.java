package org.sanca.parser;

/**
 * Python's repr() of a float (Python/pystrtod.c, 'r' format): the shortest digits that round-trip,
 * in positional notation when the decimal exponent is in [-4, 16), else in exponent notation.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /**
     * Java renders at least two significant digits (4.9E-324) where one round-trips (5e-324):
     * returns the closest one-digit form that reads back as {@code d}, as "D" or "10" when it
     * carries into the next power of ten, or null when none does.
     */
    private static String oneDigit(double d, String digits, int decpt) {
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        int first = digits.charAt(0) - '0';
        String best = null;
        java.math.BigDecimal bestDist = null;
        for (int cand = first; cand <= first + 1; cand++) {
            java.math.BigDecimal v = java.math.BigDecimal.valueOf(cand).scaleByPowerOfTen(decpt - 1);
            if (Double.parseDouble(v.toString()) != d) {
                continue;
            }
            java.math.BigDecimal dist = v.subtract(exact).abs();
            if (bestDist == null || dist.compareTo(bestDist) < 0) {
                bestDist = dist;
                best = cand == 10 ? "10" : String.valueOf(cand);
            }
        }
        return best;
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String s = Double.toString(Math.abs(d));
        String mantissa = s;
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            mantissa = s.substring(0, e);
            exp = Integer.parseInt(s.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            String one = oneDigit(Math.abs(d), digits, decpt);
            if (one != null) {
                decpt += one.length() - 1;
                digits = one.substring(0, 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        int x = decpt - 1;
        if (x >= -4 && x < 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
        }
        return sb.toString();
    }
}
