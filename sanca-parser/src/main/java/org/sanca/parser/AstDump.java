package org.sanca.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanca.ast.Bytes;
import org.sanca.ast.Imaginary;
import org.sanca.ast.Located;
import org.sanca.ast.Singleton;

/**
 * CPython 3.12's {@code ast.dump(node, include_attributes=...)} (Lib/ast.py) with its defaults:
 * every field by name, optional fields left out when None, lists always shown.
 */
public final class AstDump {
    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("lineno", "col_offset", "end_lineno",
        "end_col_offset");
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<String, String> PY_NAMES = Map.of("ExprStmt", "Expr", "Arguments", "arguments", "Arg",
        "arg", "Keyword", "keyword", "Alias", "alias", "Comprehension", "comprehension", "WithItem", "withitem",
        "MatchCase", "match_case", "BoolOperator", "boolop");

    private AstDump() {
    }

    /** Python's repr() of a constant value as it stands in the AST (str, int, float, bytes, ...). */
    public static String repr(Object value) {
        return PyRepr.repr(value);
    }

    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        format(node, includeAttributes, sb);
        return sb.toString();
    }

    private static void format(Object node, boolean attrs, StringBuilder sb) {
        if (node instanceof Enum<?> e && !(node instanceof Singleton)) {
            sb.append(e.name()).append("()");
        } else if (node instanceof Record r && !(node instanceof Bytes) && !(node instanceof Imaginary)) {
            formatNode(r, attrs, sb);
        } else if (node instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), attrs, sb);
            }
            sb.append(']');
        } else {
            sb.append(PyRepr.repr(node));
        }
    }

    private static void formatNode(Record r, boolean attrs, StringBuilder sb) {
        Class<?> cls = r.getClass();
        String name = PY_NAMES.getOrDefault(cls.getSimpleName(), cls.getSimpleName());
        sb.append(name).append('(');
        RecordComponent[] comps = COMPONENTS.computeIfAbsent(cls, Class::getRecordComponents);
        boolean first = true;
        boolean located = r instanceof Located;
        for (int pass = 0; pass < 2; pass++) {
            for (RecordComponent c : comps) {
                boolean isAttr = located && ATTRIBUTES.contains(c.getName());
                if (isAttr != (pass == 1) || (isAttr && !attrs)) {
                    continue;
                }
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(c.getName()).append('=');
                format(v, attrs, sb);
            }
        }
        sb.append(')');
    }

    /** Python's repr() of the values that stand in AST fields. */
    static final class PyRepr {
        private PyRepr() {
        }

        static String repr(Object v) {
            if (v == null || v == Singleton.NONE) {
                return "None";
            }
            if (v == Singleton.ELLIPSIS) {
                return "Ellipsis";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v instanceof String s) {
                return str(s);
            }
            if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
                return v.toString();
            }
            if (v instanceof Double d) {
                return FloatRepr.repr(d);
            }
            if (v instanceof Imaginary im) {
                String f = FloatRepr.repr(im.imag());
                if (f.endsWith(".0")) {
                    f = f.substring(0, f.length() - 2);
                }
                return f + "j";
            }
            if (v instanceof Bytes b) {
                return bytes(b.value());
            }
            return String.valueOf(v);
        }

        static String str(String s) {
            char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder sb = new StringBuilder(s.length() + 2);
            sb.append(q);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == q || cp == '\\') {
                    sb.append('\\').appendCodePoint(cp);
                } else if (cp == '\n') {
                    sb.append("\\n");
                } else if (cp == '\r') {
                    sb.append("\\r");
                } else if (cp == '\t') {
                    sb.append("\\t");
                } else if (cp < 0x20 || cp == 0x7f) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp < 0x7f) {
                    sb.append((char) cp);
                } else if (!printable(cp)) {
                    if (cp <= 0xff) {
                        sb.append(String.format("\\x%02x", cp));
                    } else if (cp <= 0xffff) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            return sb.append(q).toString();
        }

        static boolean printable(int cp) {
            int t = Character.getType(cp);
            return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && cp != ' '));
        }

        static String bytes(byte[] b) {
            boolean sq = false;
            boolean dq = false;
            for (byte x : b) {
                sq |= x == '\'';
                dq |= x == '"';
            }
            char q = sq && !dq ? '"' : '\'';
            StringBuilder sb = new StringBuilder(b.length + 3);
            sb.append('b').append(q);
            for (byte x : b) {
                int c = x & 0xff;
                if (c == q || c == '\\') {
                    sb.append('\\').append((char) c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c >= 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else {
                    sb.append((char) c);
                }
            }
            return sb.append(q).toString();
        }
    }
}
