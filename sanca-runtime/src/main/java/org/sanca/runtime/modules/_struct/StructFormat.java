package org.sanca.runtime.modules._struct;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled struct format: CPython's {@code prepare_s} in {@code Modules/_struct.c}. Native
 * mode ({@code @}, the default) sizes and aligns items as 64-bit Linux does; the other byte
 * orders use the standard sizes with no alignment.
 */
final class StructFormat {
    /** One run of a format code: {@code count} items (for s and p, one item of {@code count} bytes). */
    record Code(char code, int count, int offset, int itemSize) {
    }

    final String text;
    final boolean bigEndian;
    final boolean nativeSizes;
    final Code[] codes;
    final int size;
    /** How many Python values pack takes and unpack returns. */
    final int items;

    private StructFormat(String text, boolean bigEndian, boolean nativeSizes, Code[] codes, int size, int items) {
        this.text = text;
        this.bigEndian = bigEndian;
        this.nativeSizes = nativeSizes;
        this.codes = codes;
        this.size = size;
        this.items = items;
    }

    private static int itemSize(char c, boolean nativeSizes) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeSizes ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeSizes ? 8 : -1;
            default -> -1;
        };
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** Compiles {@code fmt}, or raises struct.error. */
    static StructFormat compile(String fmt) {
        int i = 0;
        boolean big = false;
        boolean nat = true;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nat = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nat = false;
                    big = true;
                    i = 1;
                }
                default -> {
                }
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (space(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    count = count * 10 + (fmt.charAt(i) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw StructModule.error("total struct size too long");
                    }
                    i++;
                }
                if (i >= n) {
                    throw StructModule.error("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            int isz = itemSize(c, nat);
            if (isz < 0) {
                throw StructModule.error("bad char in struct format");
            }
            if (nat && isz > 1) {
                size = (size + isz - 1) / isz * isz;
            }
            boolean bytesRun = c == 's' || c == 'p';
            codes.add(new Code(c, (int) count, (int) Math.min(size, Integer.MAX_VALUE), isz));
            size += count * isz;
            if (size > Integer.MAX_VALUE) {
                throw StructModule.error("total struct size too long");
            }
            items += bytesRun ? 1 : c == 'x' ? 0 : count;
            i++;
        }
        return new StructFormat(fmt, big, nat, codes.toArray(new Code[0]), (int) size, (int) items);
    }
}
