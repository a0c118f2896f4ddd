package org.sanca.runtime.modules._sre;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Python regular expression ({@code Lib/re/_parser.py}'s grammar and errors) and writes
 * the equivalent {@link java.util.regex.Pattern} source. Groups keep Python's numbering (named
 * groups become plain capturing groups, their names kept in {@link #groupNames}); the places
 * where Java's syntax or meaning differs are rewritten: {@code \Z}, octal and {@code \N{...}}
 * escapes, literal braces, {@code ^} under MULTILINE, character-class metacharacters, verbose
 * whitespace and comments, {@code {,n}}.
 */
final class PatternTranslator {
    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;

    private final int[] src;
    private final boolean bytes;
    private int pos;
    private int flags;
    private boolean verbose;
    private int groups;
    private final Map<String, Integer> groupNames = new LinkedHashMap<>();
    private final Set<Integer> openGroups = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    /** How many look-behind groups enclose the current position: their width must be fixed. */
    private int lookBehinds;

    private PatternTranslator(String pattern, int flags, boolean bytes) {
        this.src = pattern.codePoints().toArray();
        this.flags = flags;
        this.bytes = bytes;
        this.verbose = (flags & VERBOSE) != 0;
    }

    /** The result: Java source, the flags after inline ones, and the group table. */
    record Translation(String javaSource, int flags, int groups, Map<String, Integer> groupNames) {
    }

    static Translation translate(String pattern, int flags, boolean bytes) {
        PatternTranslator t = new PatternTranslator(pattern, flags, bytes);
        t.globalFlags();
        t.alternation();
        if (t.pos < t.src.length) {
            throw new ReSyntax("unbalanced parenthesis", t.pos);
        }
        return new Translation(t.out.toString(), t.flags, t.groups, t.groupNames);
    }

    private boolean more() {
        return pos < src.length;
    }

    private int peek() {
        return src[pos];
    }

    private boolean at(int c) {
        return pos < src.length && src[pos] == c;
    }

    private boolean at(String s) {
        if (pos + s.length() > src.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (src[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Leading {@code (?aiLmsux)} groups set the whole pattern's flags. */
    private void globalFlags() {
        while (at("(?") && pos + 2 < src.length && "aiLmsux".indexOf(src[pos + 2]) >= 0) {
            int save = pos;
            pos += 2;
            int f = 0;
            while (more() && "aiLmsux".indexOf(peek()) >= 0) {
                f |= flagOf(src[pos++]);
            }
            if (!at(')')) {
                pos = save;
                return;
            }
            pos++;
            checkFlagCombination(flags | f, save + 2);
            flags |= f;
            verbose = (flags & VERBOSE) != 0;
        }
    }

    private static int flagOf(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            case 'x' -> VERBOSE;
            default -> 0;
        };
    }

    private void checkFlagCombination(int f, int at) {
        if ((f & ASCII) != 0 && (f & UNICODE) != 0 || (f & ASCII) != 0 && (f & LOCALE) != 0
                || (f & UNICODE) != 0 && (f & LOCALE) != 0) {
            throw new ReSyntax("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
        }
        if ((f & LOCALE) != 0 && !bytes) {
            throw new ReSyntax("bad inline flags: cannot use 'L' flag with a str pattern", at);
        }
        if ((f & UNICODE) != 0 && bytes) {
            throw new ReSyntax("bad inline flags: cannot use 'u' flag with a bytes pattern", at);
        }
    }

    private void alternation() {
        sequence();
        while (at('|')) {
            pos++;
            out.append('|');
            sequence();
        }
    }

    /** Items up to '|' or ')' (or the end), each with its quantifiers. */
    private void sequence() {
        while (true) {
            skipVerbose();
            if (!more() || at('|') || at(')')) {
                return;
            }
            if (isQuantifierStart()) {
                throw new ReSyntax("nothing to repeat", pos);
            }
            boolean repeatable = item();
            skipVerbose();
            if (isQuantifierStart()) {
                if (!repeatable) {
                    throw new ReSyntax("nothing to repeat", pos);
                }
                quantifier();
            }
        }
    }

    private void skipVerbose() {
        if (!verbose) {
            return;
        }
        while (more()) {
            int c = peek();
            if (c == '#') {
                while (more() && peek() != '\n') {
                    pos++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean isQuantifierStart() {
        return at('*') || at('+') || at('?') || at('{') && braceQuantifierLength() > 0;
    }

    /** The length of a valid {m,n} at pos, or 0 when the brace is a literal. */
    private int braceQuantifierLength() {
        int i = pos + 1;
        while (i < src.length && isDigit(src[i])) {
            i++;
        }
        if (i < src.length && src[i] == ',') {
            i++;
            while (i < src.length && isDigit(src[i])) {
                i++;
            }
        }
        return i < src.length && src[i] == '}' ? i + 1 - pos : 0;
    }

    /** Whether the quantifier at pos is {n} or {n,n}, which keeps a width fixed. */
    private boolean fixedBraces() {
        if (!at('{')) {
            return false;
        }
        String body = new String(src, pos + 1, braceQuantifierLength() - 2);
        int comma = body.indexOf(',');
        return comma < 0 || body.substring(0, comma).equals(body.substring(comma + 1));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void quantifier() {
        if (lookBehinds > 0 && !fixedBraces()) {
            throw new ReSyntax("look-behind requires fixed-width pattern", -1);
        }
        if (at('{')) {
            int len = braceQuantifierLength();
            String body = new String(src, pos + 1, len - 2);
            int comma = body.indexOf(',');
            String lo = comma < 0 ? body : body.substring(0, comma);
            String hi = comma < 0 ? body : body.substring(comma + 1);
            if (!lo.isEmpty() && !hi.isEmpty() && new java.math.BigInteger(lo).compareTo(new java.math.BigInteger(hi)) > 0) {
                throw new ReSyntax("min repeat greater than max repeat", pos + 1);
            }
            checkRepeatSize(lo, pos + 1);
            checkRepeatSize(hi, pos + 1);
            out.append('{').append(lo.isEmpty() ? "0" : lo);
            if (comma >= 0) {
                out.append(',').append(hi);
            }
            out.append('}');
            pos += len;
        } else {
            out.appendCodePoint(src[pos++]);
        }
        if (at('?') || at('+')) {
            out.appendCodePoint(src[pos++]);
        }
        skipVerbose();
        if (isQuantifierStart()) {
            throw new ReSyntax("multiple repeat", pos);
        }
    }

    private static void checkRepeatSize(String digits, int at) {
        if (!digits.isEmpty() && (digits.length() > 9 || Long.parseLong(digits) >= 4294967295L)) {
            throw new ReSyntax("the repetition number is too large", at);
        }
        if (!digits.isEmpty() && Long.parseLong(digits) > Integer.MAX_VALUE - 1) {
            throw new ReSyntax("the repetition number is too large", at);
        }
    }

    /** One item; false when it cannot take a quantifier (an anchor or a flags-only group). */
    private boolean item() {
        int c = src[pos];
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                charClass();
                return true;
            }
            case '\\' -> {
                return escape();
            }
            case '^' -> {
                pos++;
                out.append((flags & MULTILINE) != 0 ? "(?:^|(?<=\\n))" : "^");
                return false;
            }
            case '$' -> {
                pos++;
                out.append('$');
                return false;
            }
            case '.' -> {
                pos++;
                out.append('.');
                return true;
            }
            default -> {
                pos++;
                literal(c);
                return true;
            }
        }
    }

    /** Writes a code point to match itself, escaped unless it is plainly a letter or digit. */
    private void literal(int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
            out.append((char) c);
        } else {
            out.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }

    private boolean group() {
        int start = pos;
        pos++;
        if (!at('?')) {
            capture(start, null);
            return true;
        }
        pos++;
        if (!more()) {
            throw new ReSyntax("unexpected end of pattern", pos);
        }
        int c = src[pos++];
        switch (c) {
            case ':' -> {
                out.append("(?:");
                body(start, "missing ), unterminated subpattern");
                return true;
            }
            case 'P' -> {
                return namedGroup(start);
            }
            case '#' -> {
                while (more() && !at(')')) {
                    pos++;
                }
                if (!more()) {
                    throw new ReSyntax("missing ), unterminated comment", start);
                }
                pos++;
                return false;
            }
            case '=', '!' -> {
                out.append("(?").appendCodePoint(c);
                body(start, "missing ), unterminated subpattern");
                return true;
            }
            case '<' -> {
                if (!more()) {
                    throw new ReSyntax("unexpected end of pattern", pos);
                }
                int d = src[pos++];
                if (d != '=' && d != '!') {
                    throw new ReSyntax("unknown extension ?<" + new String(Character.toChars(d)), start + 1);
                }
                out.append("(?<").appendCodePoint(d);
                lookBehinds++;
                body(start, "missing ), unterminated subpattern");
                lookBehinds--;
                return true;
            }
            case '>' -> {
                out.append("(?>");
                body(start, "missing ), unterminated subpattern");
                return true;
            }
            case '(' -> {
                conditional(start);
                return true;
            }
            default -> {
                pos--;
                if ("aiLmsux-".indexOf(c) >= 0) {
                    return scopedFlags(start);
                }
                throw new ReSyntax("unknown extension ?" + new String(Character.toChars(c)), start + 1);
            }
        }
    }

    private void capture(int start, String name) {
        int number = ++groups;
        if (name != null) {
            Integer old = groupNames.get(name);
            if (old != null) {
                throw new ReSyntax("redefinition of group name '" + name + "' as group " + number + "; was group "
                        + old, pos - name.length() - 1);
            }
            groupNames.put(name, number);
        }
        openGroups.add(number);
        out.append('(');
        body(start, "missing ), unterminated subpattern");
        openGroups.remove(number);
    }

    private void body(int start, String unterminated) {
        boolean savedVerbose = verbose;
        int savedFlags = flags;
        alternation();
        if (!at(')')) {
            throw new ReSyntax(unterminated, start);
        }
        pos++;
        out.append(')');
        verbose = savedVerbose;
        flags = savedFlags;
    }

    private boolean namedGroup(int start) {
        if (!more()) {
            throw new ReSyntax("unexpected end of pattern", pos);
        }
        int c = src[pos++];
        if (c == '<') {
            String name = name('>');
            capture(start, name);
            return true;
        }
        if (c == '=') {
            int at = pos;
            String name = name(')');
            Integer number = groupNames.get(name);
            if (number == null) {
                throw new ReSyntax("unknown group name '" + name + "'", at);
            }
            if (openGroups.contains(number)) {
                throw new ReSyntax("cannot refer to an open group", at);
            }
            out.append("(?:\\").append(number).append(')');
            return true;
        }
        throw new ReSyntax("unknown extension ?P" + new String(Character.toChars(c)), start + 1);
    }

    /** A group name up to {@code end}, checked to be an identifier. */
    private String name(int end) {
        int at = pos;
        while (more() && peek() != end) {
            pos++;
        }
        if (!more()) {
            throw new ReSyntax(end == '>' ? "missing >, unterminated name" : "missing ), unterminated name", at);
        }
        String name = new String(src, at, pos - at);
        pos++;
        if (name.isEmpty()) {
            throw new ReSyntax("missing group name", at);
        }
        if (!isIdentifier(name) || bytes && !name.chars().allMatch(ch -> ch < 128)) {
            throw new ReSyntax("bad character in group name '" + name + "'", at);
        }
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(ch -> ch == '_' || Character.isUnicodeIdentifierPart(ch)
                && !Character.isIdentifierIgnorable(ch));
    }

    private void conditional(int start) {
        int at = pos;
        while (more() && peek() != ')') {
            pos++;
        }
        String ref = new String(src, at, pos - at);
        Integer number = groupNames.get(ref);
        if (number == null && !ref.isEmpty() && ref.chars().allMatch(PatternTranslator::isDigit)) {
            number = Integer.parseInt(ref);
            if (number == 0 || number > groups) {
                throw new ReSyntax("invalid group reference " + ref, at);
            }
        }
        if (number == null) {
            throw new ReSyntax("bad character in group name '" + ref + "'", at);
        }
        throw new ReSyntax("conditional groups (?(...)yes|no) are not supported yet", start);
    }

    /** {@code (?flags-flags:...)} or a misplaced global {@code (?flags)}. */
    private boolean scopedFlags(int start) {
        int on = 0;
        int off = 0;
        while (more() && "aiLmsux".indexOf(peek()) >= 0) {
            on |= flagOf(src[pos++]);
        }
        if (at('-')) {
            pos++;
            while (more() && "imsx".indexOf(peek()) >= 0) {
                off |= flagOf(src[pos++]);
            }
            if (off == 0) {
                throw new ReSyntax("missing flag", pos);
            }
        }
        if (!more()) {
            throw new ReSyntax("missing -, : or )", pos);
        }
        if (at(')')) {
            if (off != 0) {
                throw new ReSyntax("missing :", pos);
            }
            throw new ReSyntax("global flags not at the start of the expression", start);
        }
        if (!at(':')) {
            int c = peek();
            throw new ReSyntax(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", pos);
        }
        pos++;
        out.append("(?");
        appendJavaFlags(on);
        if ((off & (IGNORECASE | MULTILINE | DOTALL)) != 0) {
            out.append('-');
            appendJavaFlags(off);
        }
        out.append(':');
        boolean savedVerbose = verbose;
        int savedFlags = flags;
        flags = (flags | on) & ~off;
        verbose = (flags & VERBOSE) != 0;
        alternation();
        if (!at(')')) {
            throw new ReSyntax("missing ), unterminated subpattern", start);
        }
        pos++;
        out.append(')');
        verbose = savedVerbose;
        flags = savedFlags;
        return true;
    }

    private void appendJavaFlags(int f) {
        if ((f & IGNORECASE) != 0) {
            out.append(bytes || (flags & ASCII) != 0 ? "i" : "iu");
        }
        if ((f & MULTILINE) != 0) {
            out.append('m');
        }
        if ((f & DOTALL) != 0) {
            out.append('s');
        }
    }

    /** An escape outside a class; false for anchors. */
    private boolean escape() {
        int start = pos;
        pos++;
        if (!more()) {
            throw new ReSyntax("bad escape (end of pattern)", start);
        }
        int c = src[pos++];
        switch (c) {
            case 'A' -> {
                out.append("\\A");
                return false;
            }
            case 'Z' -> {
                out.append("\\z");
                return false;
            }
            case 'b', 'B' -> {
                out.append('\\').appendCodePoint(c);
                return false;
            }
            case 'd', 'D', 'w', 'W' -> {
                out.append('\\').appendCodePoint(c);
                return true;
            }
            case 's' -> {
                out.append(unicodeClasses() ? "[\\s\\x{1c}-\\x{1f}]" : "\\s");
                return true;
            }
            case 'S' -> {
                out.append(unicodeClasses() ? "[^\\s\\x{1c}-\\x{1f}]" : "\\S");
                return true;
            }
            default -> {
                if (isDigit(c)) {
                    backReferenceOrOctal(start, c);
                    return true;
                }
                literal(simpleEscape(start, c));
                return true;
            }
        }
    }

    boolean unicodeClasses() {
        return !bytes && (flags & ASCII) == 0;
    }

    private void backReferenceOrOctal(int start, int first) {
        if (first == '0') {
            int value = 0;
            for (int i = 0; i < 2 && more() && peek() >= '0' && peek() <= '7'; i++) {
                value = value * 8 + (src[pos++] - '0');
            }
            literal(value);
            return;
        }
        if (more() && isDigit(peek())) {
            if (first <= '7' && peek() <= '7' && pos + 1 < src.length && src[pos + 1] >= '0' && src[pos + 1] <= '7') {
                int value = (first - '0') * 64 + (src[pos] - '0') * 8 + (src[pos + 1] - '0');
                pos += 2;
                if (value > 0377) {
                    throw new ReSyntax("octal escape value \\" + new String(src, start + 1, 3)
                            + " outside of range 0-0o377", start);
                }
                literal(value);
                return;
            }
            int number = (first - '0') * 10 + (src[pos++] - '0');
            groupReference(number, start);
            return;
        }
        groupReference(first - '0', start);
    }

    private void groupReference(int number, int start) {
        if (number > groups) {
            throw new ReSyntax("invalid group reference " + number, start + 1);
        }
        if (openGroups.contains(number)) {
            throw new ReSyntax("cannot refer to an open group", start);
        }
        out.append("(?:\\").append(number).append(')');
    }

    /**
     * The code point an escape of one character stands for (after {@code \}): control escapes,
     * hexadecimal escapes ({@code x}, {@code u}, {@code U} after the backslash), {@code \N{...}}, or punctuation
     * standing for itself.
     */
    private int simpleEscape(int start, int c) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case 'x':
                return hexEscape(start, 2);
            case 'u':
                if (!bytes) {
                    return hexEscape(start, 4);
                }
                break;
            case 'U':
                if (!bytes) {
                    int v = hexEscape(start, 8);
                    if (v > 0x10ffff) {
                        throw new ReSyntax("bad escape \\" + new String(src, start + 1, 9), start);
                    }
                    return v;
                }
                break;
            case 'N':
                if (!bytes) {
                    return namedEscape(start);
                }
                break;
            default:
                break;
        }
        if (c < 128 && Character.isLetterOrDigit(c)) {
            throw new ReSyntax("bad escape \\" + (char) c, start);
        }
        return c;
    }

    private int hexEscape(int start, int digits) {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = more() ? Character.digit(peek(), 16) : -1;
            if (d < 0 || peek() > 127) {
                throw new ReSyntax("incomplete escape " + new String(src, start, pos - start), start);
            }
            value = value * 16 + d;
            pos++;
        }
        return value;
    }

    private int namedEscape(int start) {
        if (!at('{')) {
            throw new ReSyntax("missing {", pos);
        }
        int at = ++pos;
        while (more() && peek() != '}') {
            pos++;
        }
        if (!more() || pos == at) {
            throw new ReSyntax(pos == at ? "missing character name" : "missing }, unterminated name", at);
        }
        String name = new String(src, at, pos - at);
        pos++;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw new ReSyntax("undefined character name '" + name + "'", start);
        }
    }

    private void charClass() {
        int start = pos;
        pos++;
        out.append('[');
        if (at('^')) {
            pos++;
            out.append('^');
        }
        boolean first = true;
        while (true) {
            if (!more()) {
                throw new ReSyntax("unterminated character set", start);
            }
            if (at(']') && !first) {
                pos++;
                break;
            }
            first = false;
            int itemStart = pos;
            int lo = classAtom();
            if (lo >= 0 && at('-') && pos + 1 < src.length && src[pos + 1] != ']') {
                pos++;
                int hi = classAtom();
                if (hi < 0) {
                    throw new ReSyntax("bad character range " + new String(src, itemStart, pos - itemStart), itemStart);
                }
                if (hi < lo) {
                    throw new ReSyntax("bad character range " + new String(src, itemStart, pos - itemStart), itemStart);
                }
                literal(lo);
                out.append('-');
                literal(hi);
            } else if (lo >= 0) {
                literal(lo);
            }
        }
        out.append(']');
    }

    /** One class member: a code point, or -1 after writing a class escape such as {@code \d}. */
    private int classAtom() {
        int c = src[pos++];
        if (c != '\\') {
            return c;
        }
        int start = pos - 1;
        if (!more()) {
            throw new ReSyntax("bad escape (end of pattern)", start);
        }
        c = src[pos++];
        switch (c) {
            case 'd', 'D', 'w', 'W' -> {
                out.append('\\').appendCodePoint(c);
                return -1;
            }
            case 's' -> {
                out.append(unicodeClasses() ? "\\s\\x{1c}-\\x{1f}" : "\\s");
                return -1;
            }
            case 'S' -> {
                out.append("\\S");
                return -1;
            }
            case 'b' -> {
                return 8;
            }
            default -> {
                if (isDigit(c)) {
                    return classOctal(start, c);
                }
                return simpleEscape(start, c);
            }
        }
    }

    private int classOctal(int start, int first) {
        if (first > '7') {
            throw new ReSyntax("bad escape \\" + (char) first, start);
        }
        int value = first - '0';
        for (int i = 0; i < 2 && more() && peek() >= '0' && peek() <= '7'; i++) {
            value = value * 8 + (src[pos++] - '0');
        }
        if (value > 0377) {
            throw new ReSyntax("octal escape value \\" + new String(src, start + 1, pos - start - 1)
                    + " outside of range 0-0o377", start);
        }
        return value;
    }
}
