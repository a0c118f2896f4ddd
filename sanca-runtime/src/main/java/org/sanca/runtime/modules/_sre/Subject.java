package org.sanca.runtime.modules._sre;

import java.nio.charset.StandardCharsets;

import org.sanca.runtime.objects.PyByteArray;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The text a pattern runs over, as the Java string the engine sees: a str as it is, a bytes-like
 * object as Latin-1 (one char per byte). Python positions count code points (or bytes); Java's
 * count UTF-16 units, so the two differ after an astral character, and this class converts.
 */
final class Subject {
    final PyObject original;
    final String text;
    final boolean bytes;
    private final boolean astral;

    private Subject(PyObject original, String text, boolean bytes) {
        this.original = original;
        this.text = text;
        this.bytes = bytes;
        this.astral = !bytes && text.length() != text.codePointCount(0, text.length());
    }

    /** Wraps {@code o}, checking it suits a pattern of text ({@code bytesPattern} false) or bytes. */
    static Subject of(PyObject o, boolean bytesPattern) {
        if (o instanceof PyStr s) {
            if (bytesPattern) {
                throw PyErr.typeError("cannot use a bytes pattern on a string-like object");
            }
            return new Subject(o, s.value(), false);
        }
        byte[] data = o instanceof PyBytes b ? b.value() : o instanceof PyByteArray a ? a.toArray() : null;
        if (data == null) {
            throw PyErr.typeError("expected string or bytes-like object, got '%s'", PyErr.typeName(o));
        }
        if (!bytesPattern) {
            throw PyErr.typeError("cannot use a string pattern on a bytes-like object");
        }
        return new Subject(o, new String(data, StandardCharsets.ISO_8859_1), true);
    }

    /** The length in Python's units. */
    int length() {
        return astral ? text.codePointCount(0, text.length()) : text.length();
    }

    int toJava(int index) {
        return astral ? text.offsetByCodePoints(0, index) : index;
    }

    int toPython(int javaIndex) {
        return astral ? text.codePointCount(0, javaIndex) : javaIndex;
    }

    /** The part of the subject between two Java indices, as the subject's own kind. */
    PyObject slice(int javaStart, int javaEnd) {
        return wrap(text.substring(javaStart, javaEnd), bytes);
    }

    static PyObject wrap(String s, boolean bytes) {
        return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(s);
    }
}
