package org.sanca.runtime.modules._socket;

/**
 * Text forms of IP addresses to their packed bytes: {@code inet_aton}'s lenient IPv4 forms
 * (one to four parts, decimal, octal or hex) and {@code inet_pton}'s strict ones.
 */
final class Inet {
    private Inet() {
    }

    /** {@code inet_aton}: the four bytes, or null when {@code s} is not an address. */
    static byte[] aton(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long n = number(parts[i]);
            if (n == null) {
                return null;
            }
            v[i] = n;
        }
        long value = 0;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
            value |= v[i] << (24 - 8 * i);
        }
        long last = v[v.length - 1];
        if (last >= 1L << (8 * (5 - v.length))) {
            return null;
        }
        value |= last;
        return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static Long number(String p) {
        try {
            if (p.startsWith("0x") || p.startsWith("0X")) {
                return p.length() == 2 ? 0L : Long.parseLong(p.substring(2), 16);
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return Long.parseLong(p.substring(1), 8);
            }
            return p.isEmpty() || !Character.isDigit(p.charAt(0)) ? null : Long.parseLong(p);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code inet_pton(AF_INET)}: four decimal parts of at most 255 each. */
    static byte[] pton4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || p.length() > 1 && p.charAt(0) == '0') {
                return null;
            }
            int n = Integer.parseInt(p);
            if (n > 255) {
                return null;
            }
            b[i] = (byte) n;
        }
        return b;
    }

    /** {@code inet_pton(AF_INET6)}: hex groups, one '::', an optional dotted IPv4 tail. */
    static byte[] pton6(String s) {
        byte[] tail = null;
        int dot = s.indexOf('.');
        if (dot >= 0) {
            int colon = s.lastIndexOf(':');
            if (colon < 0 || (tail = pton4(s.substring(colon + 1))) == null) {
                return null;
            }
            s = s.substring(0, colon + 1) + "0:0";
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String[] head = groups(gap >= 0 ? s.substring(0, gap) : s);
        String[] rest = gap >= 0 ? groups(s.substring(gap + 2)) : new String[0];
        if (head == null || rest == null) {
            return null;
        }
        int total = head.length + rest.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] g = new int[8];
        for (int i = 0; i < head.length; i++) {
            g[i] = Integer.parseInt(head[i], 16);
        }
        for (int i = 0; i < rest.length; i++) {
            g[8 - rest.length + i] = Integer.parseInt(rest[i], 16);
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (g[i] >> 8);
            b[2 * i + 1] = (byte) g[i];
        }
        if (tail != null) {
            System.arraycopy(tail, 0, b, 12, 4);
        }
        return b;
    }

    private static String[] groups(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        String[] g = s.split(":", -1);
        for (String x : g) {
            if (x.isEmpty() || x.length() > 4 || !x.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        return g;
    }
}
