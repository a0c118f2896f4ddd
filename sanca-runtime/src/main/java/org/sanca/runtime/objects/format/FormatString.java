package org.sanca.runtime.objects.format;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.StrRepr;

/**
 * {@code str.format} and {@code str.format_map}: CPython's {@code Objects/stringlib/unicode_format.h}.
 * Replacement fields {@code {name.attr[key]!conv:spec}} with automatic or manual numbering and
 * nested fields in the spec.
 */
public final class FormatString {
    private final PyTuple args;
    private final PyObject kwargs;
    /** The next automatic field number. */
    private int auto;
    private boolean manual;

    private FormatString(PyTuple args, PyObject kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    /** Formats {@code fmt} with positional {@code args} and a mapping (or null) of keyword values. */
    public static String format(String fmt, PyTuple args, PyObject kwargs) {
        return new FormatString(args, kwargs).render(fmt, 2);
    }

    private String render(String fmt, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                if (i + 1 >= n) {
                    throw PyErr.valueError("Single '{' encountered in format string");
                }
                int end = fieldEnd(fmt, i + 1);
                field(out, fmt.substring(i + 1, end), depth);
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the '}' closing the field that starts at {@code i}. */
    private static int fieldEnd(String fmt, int i) {
        int depth = 1;
        int bracket = 0;
        boolean conversion = false;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '[' && depth == 1) {
                bracket++;
            } else if (c == ']' && depth == 1 && bracket > 0) {
                bracket--;
            } else if (bracket == 0 && c == '!' && depth == 1) {
                conversion = true;
                i++;
            } else if (bracket == 0 && c == '{') {
                depth++;
            } else if (bracket == 0 && c == '}') {
                if (--depth == 0) {
                    return i;
                }
            }
            i++;
        }
        throw PyErr.valueError(conversion ? "unmatched '{' in format spec" : "expected '}' before end of string");
    }

    private void field(StringBuilder out, String field, int depth) {
        int n = field.length();
        int i = 0;
        int bracket = 0;
        while (i < n) {
            char c = field.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket <= 0 && (c == '!' || c == ':')) {
                break;
            }
            i++;
        }
        String name = field.substring(0, i);
        int conv = 0;
        if (i < n && field.charAt(i) == '!') {
            if (i + 1 >= n) {
                throw PyErr.valueError("end of string while looking for conversion specifier");
            }
            conv = field.charAt(i + 1);
            i += 2;
            if (i < n && field.charAt(i) != ':') {
                throw PyErr.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = i < n ? field.substring(i + 1) : "";
        PyObject value = lookup(name);
        value = switch (conv) {
            case 0 -> value;
            case 'r' -> Abstract.repr(value);
            case 's' -> Abstract.str(value);
            case 'a' -> PyStr.of(StrRepr.ascii(Abstract.repr(value).value()));
            default -> throw PyErr.valueError("Unknown conversion specifier %s", new String(Character.toChars(conv)));
        };
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        out.append(Abstract.format(value, PyStr.of(spec)).value());
    }

    private PyObject lookup(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        PyObject obj;
        if (first.isEmpty()) {
            if (manual) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            obj = positional(auto++);
        } else if (isNumber(first)) {
            if (auto > 0) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            obj = positional(Integer.parseInt(first));
        } else {
            obj = Abstract.getItem(kwargs, PyStr.of(first));
        }
        while (i < n) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < n && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                obj = Abstract.getAttr(obj, PyStr.of(name.substring(i + 1, j)));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                obj = Abstract.getItem(obj, isNumber(key) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                i = j + 1;
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private PyObject positional(int index) {
        if (index >= args.size()) {
            throw PyErr.format(PyExc.IndexError, "Replacement index %d out of range for positional args tuple", index);
        }
        return args.get(index);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
