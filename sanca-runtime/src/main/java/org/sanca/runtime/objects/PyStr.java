package org.sanca.runtime.objects;

import java.util.List;

import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.objects.format.StrFormat;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code str}: CPython's {@code Objects/unicodeobject.c}. The value is a Java string; Python
 * indexes by code point, so a string holding characters outside the BMP (surrogate pairs in
 * Java) is indexed through code-point offsets, while an all-BMP string (the common case) is
 * indexed directly. The hash is computed once, from a per-process seed.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT, PyType.BASETYPE, StrSlots::fill);

    private static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    private long hash;
    private boolean hashed;
    /** Code points in the string, or -1 until counted. */
    private int codePoints = -1;

    protected PyStr(String value) {
        this.value = value;
    }

    /** The str holding {@code value}; one-character Latin-1 strings and "" are shared. */
    public static PyStr of(String value) {
        int n = value.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && value.charAt(0) < 256) {
            return LATIN1[value.charAt(0)];
        }
        return new PyStr(value);
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The Java string (UTF-16, astral characters as surrogate pairs). */
    public String value() {
        return value;
    }

    /** {@code len(s)}: the number of code points. */
    public int length() {
        int n = codePoints;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            codePoints = n;
        }
        return n;
    }

    /** True when no character lies outside the BMP, so char indices are code-point indices. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code-point index {@code i} (already in range). */
    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code-point index {@code i} (0 to length inclusive). */
    public int charOffset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code-point index of Java char offset {@code off}. */
    int cpIndex(int off) {
        return isBmp() ? off : value.codePointCount(0, off);
    }

    /** {@code hash(s)}: randomized per process unless PYTHONHASHSEED fixes it. */
    public long hash() {
        if (!hashed) {
            hash = StrHash.hash(value);
            hashed = true;
        }
        return hash;
    }

    /** The Java string of a str argument, or TypeError "must be str, not X". */
    public static String arg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("must be str, not %s", PyErr.typeName(o));
    }

    /**
     * The Java string of a str argument, or Clinic's TypeError "{what} must be str, not X", which
     * names None as "None" ({@code _PyArg_BadArgument}).
     */
    public static String arg(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("%s must be str, not %s", what, argTypeName(o));
    }

    /** The type name Clinic's argument errors give: "None" for None. */
    public static String argTypeName(PyObject o) {
        return o == PyNone.NONE ? "None" : PyErr.typeName(o);
    }

    /** A size argument: an index, OverflowError beyond the C ssize_t range ({@code PyNumber_AsSsize_t} with OverflowError). */
    static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A result width, MemoryError when no Java string can be that long. */
    private static int width(long w) {
        if (w > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError).toJava();
        }
        return (int) w;
    }

    /** A value of the same class when {@code s} is unchanged and exact str, else a new str. */
    private PyStr same(String s) {
        return s.equals(value) && type() == TYPE ? this : of(s);
    }

    // ---- case ----

    @PyMethod(value = "($self, /)", doc = "Return a copy of the string converted to uppercase.")
    public PyStr upper() {
        return same(StrCase.upper(value));
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy of the string converted to lowercase.")
    public PyStr lower() {
        return same(StrCase.lower(value));
    }

    @PyMethod(value = "($self, /)", doc = "Return a version of the string suitable for caseless comparisons.")
    public PyStr casefold() {
        return same(StrCase.casefold(value));
    }

    @PyMethod(value = "($self, /)", doc = "Return a version of the string where each word is titlecased.")
    public PyStr title() {
        return same(StrCase.title(value));
    }

    @PyMethod(value = "($self, /)", doc = "Return a capitalized version of the string.")
    public PyStr capitalize() {
        return same(StrCase.capitalize(value));
    }

    @PyMethod(value = "($self, /)", doc = "Convert uppercase characters to lowercase and lowercase characters to uppercase.")
    public PyStr swapcase() {
        return same(StrCase.swapcase(value));
    }

    // ---- predicates ----

    private boolean all(java.util.function.IntPredicate p) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if all characters in the string are ASCII, False otherwise.")
    public boolean isascii() {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is an alphabetic string, False otherwise.")
    public boolean isalpha() {
        return all(StrCase::isAlpha);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is an alpha-numeric string, False otherwise.")
    public boolean isalnum() {
        return all(StrCase::isAlnum);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a decimal string, False otherwise.")
    public boolean isdecimal() {
        return all(StrCase::isDecimal);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a digit string, False otherwise.")
    public boolean isdigit() {
        return all(StrCase::isDigit);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a numeric string, False otherwise.")
    public boolean isnumeric() {
        return all(StrCase::isNumeric);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a whitespace string, False otherwise.")
    public boolean isspace() {
        return all(StrCase::isSpace);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is printable, False otherwise.")
    public boolean isprintable() {
        return value.isEmpty() || all(StrRepr::isPrintable);
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a valid Python identifier, False otherwise.")
    public boolean isidentifier() {
        if (value.isEmpty() || !StrCase.isIdentifierStart(value.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(value.codePointAt(0)); i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!StrCase.isIdentifierPart(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a lowercase string, False otherwise.")
    public boolean islower() {
        boolean cased = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (StrCase.isUpper(cp) || StrCase.isTitle(cp)) {
                return false;
            }
            cased |= StrCase.isLower(cp);
        }
        return cased;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is an uppercase string, False otherwise.")
    public boolean isupper() {
        boolean cased = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (StrCase.isLower(cp) || StrCase.isTitle(cp)) {
                return false;
            }
            cased |= StrCase.isUpper(cp);
        }
        return cased;
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the string is a title-cased string, False otherwise.")
    public boolean istitle() {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (StrCase.isUpper(cp) || StrCase.isTitle(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (StrCase.isLower(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- searching ----

    /** Code-point bounds given as slice indices, adjusted as CPython's {@code ADJUST_INDICES} (start may exceed the length). */
    private int[] range(PyObject start, PyObject end) {
        int n = length();
        long s = StrSearch.sliceIndex(start, 0);
        long e = StrSearch.sliceIndex(end, n);
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e = Math.max(0, e + n);
        }
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    private int find(PyObject sub, PyObject start, PyObject end, boolean reverse) {
        PyStr t = sub instanceof PyStr ps ? ps : of(arg(sub));
        int[] r = range(start, end);
        int tl = t.length();
        if (r[1] - r[0] < tl) {
            return -1;
        }
        if (tl == 0) {
            return reverse ? r[1] : r[0];
        }
        int lo = charOffset(r[0]);
        int hi = charOffset(r[1]);
        int at = reverse ? value.lastIndexOf(t.value, hi - t.value.length()) : value.indexOf(t.value, lo);
        if (at < lo || at + t.value.length() > hi) {
            return -1;
        }
        return cpIndex(at);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)",
            doc = "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].", textSignature = false)
    public int find(PyObject sub, PyObject start, PyObject end) {
        return find(sub, start, end, false);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)",
            doc = "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].", textSignature = false)
    public int rfind(PyObject sub, PyObject start, PyObject end) {
        return find(sub, start, end, true);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)",
            doc = "Return the lowest index in S where substring sub is found, raising ValueError when it is not found.", textSignature = false)
    public int index(PyObject sub, PyObject start, PyObject end) {
        int i = find(sub, start, end, false);
        if (i < 0) {
            throw PyErr.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)",
            doc = "Return the highest index in S where substring sub is found, raising ValueError when it is not found.", textSignature = false)
    public int rindex(PyObject sub, PyObject start, PyObject end) {
        int i = find(sub, start, end, true);
        if (i < 0) {
            throw PyErr.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)",
            doc = "Return the number of non-overlapping occurrences of substring sub in string S[start:end].", textSignature = false)
    public int count(PyObject sub, PyObject start, PyObject end) {
        String t = arg(sub);
        int[] r = range(start, end);
        if (r[1] < r[0]) {
            return 0;
        }
        if (t.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int lo = charOffset(r[0]);
        int hi = charOffset(r[1]);
        int c = 0;
        for (int i = value.indexOf(t, lo); i >= 0 && i + t.length() <= hi; i = value.indexOf(t, i + t.length())) {
            c++;
        }
        return c;
    }

    private boolean affix(PyObject prefix, PyObject start, PyObject end, boolean atEnd, String name) {
        int[] r = range(start, end);
        if (prefix instanceof PyTuple tu) {
            for (PyObject p : tu.items()) {
                if (!(p instanceof PyStr ps)) {
                    throw PyErr.typeError("tuple for %s must only contain str, not %s", name, PyErr.typeName(p));
                }
                if (matchAffix(ps.value, r, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr ps)) {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %s", name, PyErr.typeName(prefix));
        }
        return matchAffix(ps.value, r, atEnd);
    }

    private boolean matchAffix(String p, int[] r, boolean atEnd) {
        if (r[1] < r[0]) {
            return false;
        }
        int lo = charOffset(r[0]);
        int hi = charOffset(r[1]);
        if (hi - lo < p.length()) {
            return false;
        }
        return atEnd ? value.startsWith(p, hi - p.length()) : value.startsWith(p, lo);
    }

    @PyMethod(getargs = true, value = "($self, prefix, start=None, end=None, /)", doc = "Return True if S starts with the specified prefix, False otherwise.", textSignature = false)
    public boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        return affix(prefix, start, end, false, "startswith");
    }

    @PyMethod(getargs = true, value = "($self, suffix, start=None, end=None, /)", doc = "Return True if S ends with the specified suffix, False otherwise.", textSignature = false)
    public boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        return affix(suffix, start, end, true, "endswith");
    }

    @PyMethod(value = "($self, prefix, /)", doc = "Return a str with the given prefix string removed if present.")
    public PyStr removeprefix(PyObject prefix) {
        if (!(prefix instanceof PyStr p)) {
            throw PyErr.typeError("removeprefix() argument must be str, not %s", argTypeName(prefix));
        }
        return value.startsWith(p.value) && !p.value.isEmpty() ? of(value.substring(p.value.length())) : same(value);
    }

    @PyMethod(value = "($self, suffix, /)", doc = "Return a str with the given suffix string removed if present.")
    public PyStr removesuffix(PyObject suffix) {
        if (!(suffix instanceof PyStr p)) {
            throw PyErr.typeError("removesuffix() argument must be str, not %s", argTypeName(suffix));
        }
        return value.endsWith(p.value) && !p.value.isEmpty() ? of(value.substring(0, value.length() - p.value.length())) : same(value);
    }

    @PyMethod(value = "($self, old, new, count=-1, /)", doc = "Return a copy with all occurrences of substring old replaced by new.")
    public PyStr replace(PyObject old, PyObject replacement, PyObject count) {
        if (!(old instanceof PyStr o)) {
            throw PyErr.typeError("replace() argument 1 must be str, not %s", argTypeName(old));
        }
        if (!(replacement instanceof PyStr r)) {
            throw PyErr.typeError("replace() argument 2 must be str, not %s", argTypeName(replacement));
        }
        long max = ssize(count);
        return same(StrSearch.replace(value, o.value, r.value, max < 0 ? Long.MAX_VALUE : max));
    }

    // ---- splitting and joining ----

    private static PyList list(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = of(parts.get(i));
        }
        return new PyList(items);
    }

    private static String sepArg(PyObject sep) {
        if (sep == PyNone.NONE) {
            return null;
        }
        if (!(sep instanceof PyStr s)) {
            throw PyErr.typeError("must be str or None, not %s", PyErr.typeName(sep));
        }
        if (s.value.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return s.value;
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)", doc = "Return a list of the substrings in the string, using sep as the separator string.")
    public PyList split(PyObject sep, PyObject maxsplit) {
        return split(sep, maxsplit, StrCase::isSpace);
    }

    /** {@code split} with whitespace as {@code space} says (bytes have their own). */
    PyList split(PyObject sep, PyObject maxsplit, java.util.function.IntPredicate space) {
        String s = sepArg(sep);
        long max = ssize(maxsplit);
        return list(s == null ? StrSplit.whitespace(value, max, space) : StrSplit.bySep(value, s, max));
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)", doc = "Return a list of the substrings in the string, using sep as the separator string.")
    public PyList rsplit(PyObject sep, PyObject maxsplit) {
        return rsplit(sep, maxsplit, StrCase::isSpace);
    }

    PyList rsplit(PyObject sep, PyObject maxsplit, java.util.function.IntPredicate space) {
        String s = sepArg(sep);
        long max = ssize(maxsplit);
        return list(s == null ? StrSplit.whitespaceRight(value, max, space) : StrSplit.bySepRight(value, s, max));
    }

    @PyMethod(value = "($self, /, keepends=False)", doc = "Return a list of the lines in the string, breaking at line boundaries.")
    public PyList splitlines(PyObject keepends) {
        return list(StrSplit.lines(value, Abstract.isTrue(keepends)));
    }

    @PyMethod(value = "($self, sep, /)", doc = "Partition the string into three parts using the given separator.")
    public PyTuple partition(PyObject sep) {
        String s = arg(sep);
        if (s.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = value.indexOf(s);
        if (i < 0) {
            return PyTuple.of(this.same(value), EMPTY, EMPTY);
        }
        return PyTuple.of(of(value.substring(0, i)), sep, of(value.substring(i + s.length())));
    }

    @PyMethod(value = "($self, sep, /)", doc = "Partition the string into three parts using the given separator.")
    public PyTuple rpartition(PyObject sep) {
        String s = arg(sep);
        if (s.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = value.lastIndexOf(s);
        if (i < 0) {
            return PyTuple.of(EMPTY, EMPTY, this.same(value));
        }
        return PyTuple.of(of(value.substring(0, i)), sep, of(value.substring(i + s.length())));
    }

    @PyMethod(value = "($self, iterable, /)", doc = "Concatenate any number of strings.")
    public PyStr join(PyObject iterable) {
        return StrSearch.join(this, iterable);
    }

    // ---- stripping and padding ----

    private PyStr strip(PyObject chars, boolean left, boolean right, String name) {
        String set;
        if (chars == PyNone.NONE) {
            set = null;
        } else if (chars instanceof PyStr c) {
            set = c.value;
        } else {
            throw PyErr.typeError("%s arg must be None or str", name);
        }
        int i = 0;
        int j = value.length();
        while (left && i < j && stripped(value.codePointAt(i), set)) {
            i += Character.charCount(value.codePointAt(i));
        }
        while (right && j > i && stripped(value.codePointBefore(j), set)) {
            j -= Character.charCount(value.codePointBefore(j));
        }
        return same(value.substring(i, j));
    }

    private static boolean stripped(int cp, String set) {
        return set == null ? StrCase.isSpace(cp) : set.indexOf(cp) >= 0;
    }

    @PyMethod(value = "($self, chars=None, /)", doc = "Return a copy of the string with leading and trailing whitespace removed.")
    public PyStr strip(PyObject chars) {
        return strip(chars, true, true, "strip");
    }

    @PyMethod(value = "($self, chars=None, /)", doc = "Return a copy of the string with leading whitespace removed.")
    public PyStr lstrip(PyObject chars) {
        return strip(chars, true, false, "lstrip");
    }

    @PyMethod(value = "($self, chars=None, /)", doc = "Return a copy of the string with trailing whitespace removed.")
    public PyStr rstrip(PyObject chars) {
        return strip(chars, false, true, "rstrip");
    }

    private PyStr pad(PyObject width, PyObject fillchar, char how) {
        long w = ssize(width);
        int fill = fillChar(fillchar);
        int n = length();
        if (w <= n) {
            return same(value);
        }
        int pad = width(w) - n;
        int left = switch (how) {
            case '<' -> 0;
            case '>' -> pad;
            default -> pad / 2 + (pad & (int) w & 1);
        };
        StringBuilder b = new StringBuilder();
        String f = new String(Character.toChars(fill));
        b.append(f.repeat(left)).append(value).append(f.repeat(pad - left));
        return of(b.toString());
    }

    private static int fillChar(PyObject fillchar) {
        if (!(fillchar instanceof PyStr f)) {
            throw PyErr.typeError("The fill character must be a unicode character, not %s", PyErr.typeName(fillchar));
        }
        if (f.length() != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return f.value.codePointAt(0);
    }

    @PyMethod(value = "($self, width, fillchar=' ', /)", doc = "Return a centered string of length width.")
    public PyStr center(PyObject width, PyObject fillchar) {
        return pad(width, fillchar, '^');
    }

    @PyMethod(value = "($self, width, fillchar=' ', /)", doc = "Return a left-justified string of length width.")
    public PyStr ljust(PyObject width, PyObject fillchar) {
        return pad(width, fillchar, '<');
    }

    @PyMethod(value = "($self, width, fillchar=' ', /)", doc = "Return a right-justified string of length width.")
    public PyStr rjust(PyObject width, PyObject fillchar) {
        return pad(width, fillchar, '>');
    }

    @PyMethod(value = "($self, width, /)", doc = "Pad a numeric string with zeros on the left, to fill a field of the given width.")
    public PyStr zfill(PyObject width) {
        long w = ssize(width);
        int n = length();
        if (w <= n) {
            return same(value);
        }
        String zeros = "0".repeat(width(w) - n);
        if (!value.isEmpty() && (value.charAt(0) == '+' || value.charAt(0) == '-')) {
            return of(value.charAt(0) + zeros + value.substring(1));
        }
        return of(zeros + value);
    }

    @PyMethod(value = "($self, /, tabsize=8)", doc = "Return a copy where all tab characters are expanded using spaces.")
    public PyStr expandtabs(PyObject tabsize) {
        PyInt size = Abstract.index(tabsize);
        if (size.big != null || size.value != (int) size.value) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        long ts = size.value;
        StringBuilder b = new StringBuilder();
        long col = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (ts > 0) {
                    long k = ts - col % ts;
                    b.append(" ".repeat((int) k));
                    col += k;
                }
            } else {
                b.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return same(b.toString());
    }

    // ---- translation, encoding, formatting ----

    @PyMethod(value = "($self, table, /)", doc = "Replace each character in the string using the given translation table.")
    public PyStr translate(PyObject table) {
        return same(StrTranslate.translate(value, table));
    }

    @PyMethod(value = "(x, y=<unrepresentable>, z=<unrepresentable>, /)", kind = PyMethod.Kind.STATIC,
            doc = "Return a translation table usable for str.translate().")
    static PyDict maketrans(PyObject unbound, PyObject x, PyObject y, PyObject z) {
        return StrTranslate.maketrans(x, y, z);
    }

    @PyMethod(value = "($self, /, encoding='utf-8', errors='strict')", doc = "Encode the string using the codec registered for encoding.")
    public PyObject encode(PyObject encoding, PyObject errors) {
        return org.sanca.runtime.objects.codecs.Codecs.encode(this, encoding, errors);
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", doc = "Return a formatted version of the string, using substitutions from args and kwargs.", textSignature = false)
    public PyStr format(PyTuple args, PyDict kwargs) {
        return of(org.sanca.runtime.objects.format.FormatString.format(value, args, kwargs));
    }

    @PyMethod(value = "($self, mapping, /)", doc = "Return a formatted version of the string, using substitutions from mapping.", textSignature = false)
    public PyStr format_map(PyObject mapping) {
        return of(org.sanca.runtime.objects.format.FormatString.format(value, PyTuple.EMPTY, mapping));
    }

    @PyMethod(value = "($self, format_spec, /)", name = "__format__", doc = "Return a formatted version of the string as described by format_spec.")
    public PyStr format__(PyObject spec) {
        String s = arg(spec, "__format__() argument");
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return of(StrFormat.format(value, FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this)));
    }

    @PyMethod(value = "($self, /)", name = "__getnewargs__", textSignature = false)
    public PyTuple getnewargs() {
        return PyTuple.of(of(value));
    }

    @PyMethod(value = "($self, /)", name = "__sizeof__", doc = "Return the size of the string in memory, in bytes.")
    public int sizeof() {
        int n = length();
        int max = 0;
        for (int i = 0; i < value.length(); i++) {
            max = Math.max(max, value.charAt(i));
        }
        if (!isBmp()) {
            return 76 + 4 * (n + 1);
        }
        return max < 128 ? 40 + n + 1 : max < 256 ? 56 + n + 1 : 56 + 2 * (n + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
