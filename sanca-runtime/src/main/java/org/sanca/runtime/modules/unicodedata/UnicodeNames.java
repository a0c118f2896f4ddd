package org.sanca.runtime.modules.unicodedata;

/**
 * Character names for the rest of the runtime ({@code \N{...}} escapes, the {@code namereplace}
 * error handler): CPython's {@code _PyUnicode_Name_CAPI}, over the Unicode 15.0.0 tables.
 */
public final class UnicodeNames {
    private UnicodeNames() {
    }

    /** The name of {@code cp}, or null. */
    public static String name(int cp) {
        return UcdTables.current().name(cp);
    }

    /** The code point named {@code name} (a name or alias, not a named sequence), or -1. */
    public static int lookup(String name) {
        String s = UcdTables.current().lookup(name);
        return s == null || s.codePointCount(0, s.length()) != 1 ? -1 : s.codePointAt(0);
    }
}
