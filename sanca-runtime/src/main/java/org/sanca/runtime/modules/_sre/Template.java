package org.sanca.runtime.modules._sre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;

/**
 * A replacement template of {@code re.sub} and {@code Match.expand}, read once
 * ({@code Lib/re/_parser.py}'s {@code parse_template}): literal text with {@code \n}-style
 * escapes resolved, and group references {@code \1}, {@code \g<2>}, {@code \g<name>}. Each part
 * is a String (literal) or an Integer (group number).
 */
final class Template {
    final List<Object> parts = new ArrayList<>();

    private Template() {
    }

    static Template parse(String repl, boolean bytes, int groups, Map<String, Integer> names) {
        Template t = new Template();
        StringBuilder lit = new StringBuilder();
        int[] cps = repl.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c != '\\') {
                lit.appendCodePoint(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= cps.length) {
                throw new ReSyntax("bad escape (end of pattern)", start);
            }
            int e = cps[i + 1];
            i += 2;
            if (e == 'g') {
                if (i >= cps.length || cps[i] != '<') {
                    throw new ReSyntax("missing <", i);
                }
                int nameStart = ++i;
                while (i < cps.length && cps[i] != '>') {
                    i++;
                }
                if (i >= cps.length) {
                    if (nameStart == cps.length) {
                        throw new ReSyntax("missing group name", nameStart);
                    }
                    throw new ReSyntax("missing >, unterminated name", nameStart);
                }
                String name = new String(cps, nameStart, i - nameStart);
                i++;
                t.flush(lit);
                t.parts.add(groupOf(name, nameStart, bytes, groups, names));
            } else if (e == '0') {
                int value = 0;
                for (int k = 0; k < 2 && i < cps.length && cps[i] >= '0' && cps[i] <= '7'; k++) {
                    value = value * 8 + cps[i++] - '0';
                }
                lit.appendCodePoint(value);
            } else if (e >= '1' && e <= '9') {
                int value = e - '0';
                if (i < cps.length && cps[i] >= '0' && cps[i] <= '9') {
                    if (e <= '7' && cps[i] <= '7' && i + 1 < cps.length && cps[i + 1] >= '0' && cps[i + 1] <= '7') {
                        int octal = (e - '0') * 64 + (cps[i] - '0') * 8 + cps[i + 1] - '0';
                        if (octal > 0377) {
                            throw new ReSyntax("octal escape value \\" + new String(cps, start + 1, 3)
                                    + " outside of range 0-0o377", start);
                        }
                        lit.appendCodePoint(octal);
                        i += 2;
                        continue;
                    }
                    value = value * 10 + cps[i++] - '0';
                }
                if (value > groups) {
                    throw new ReSyntax("invalid group reference " + value, start + 1);
                }
                t.flush(lit);
                t.parts.add(value);
            } else {
                int v = controlEscape(e);
                if (v >= 0) {
                    lit.appendCodePoint(v);
                } else if (e < 128 && Character.isLetter(e)) {
                    throw new ReSyntax("bad escape \\" + (char) e, start);
                } else {
                    lit.append('\\').appendCodePoint(e);
                }
            }
        }
        t.flush(lit);
        return t;
    }

    private static int controlEscape(int e) {
        return switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static Object groupOf(String name, int at, boolean bytes, int groups, Map<String, Integer> names) {
        if (name.isEmpty()) {
            throw new ReSyntax("missing group name", at);
        }
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int n;
            try {
                n = Integer.parseInt(name);
            } catch (NumberFormatException ex) {
                n = Integer.MAX_VALUE;
            }
            if (n > groups) {
                throw new ReSyntax("invalid group reference " + name, at);
            }
            return n;
        }
        if (!PatternTranslator.isIdentifier(name) || bytes && !name.chars().allMatch(ch -> ch < 128)) {
            throw new ReSyntax("bad character in group name '" + name + "'", at);
        }
        Integer n = names.get(name);
        if (n == null) {
            throw PyErr.format(PyExc.IndexError, "unknown group name '%s'", name);
        }
        return n;
    }

    private void flush(StringBuilder lit) {
        if (!lit.isEmpty()) {
            parts.add(lit.toString());
            lit.setLength(0);
        }
    }
}
