package org.sanca.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sanca.runtime.interp.Interpreter;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/**
 * Tab completion as CPython's {@code Lib/rlcompleter.py} does it: a word without a dot completes
 * to keywords, names of {@code __main__} and builtins (callables get a {@code (}); {@code a.b.c}
 * looks {@code a} up and follows the attributes as {@code eval} would (only name look-ups and
 * {@code getattr}, no calls), then offers {@code dir()} of the object and its classes, hiding
 * private names until the typed prefix starts with {@code _}.
 */
final class Completion {
    private static final Set<String> BARE_KEYWORDS =
            Set.of("False", "None", "True", "break", "continue", "pass", "else", "_");

    private final Interpreter interpreter;

    Completion(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The completions of {@code text}, the word before the cursor. */
    List<String> complete(String text) {
        return interpreter.call(() -> {
            try {
                return text.indexOf('.') >= 0 ? attributeMatches(text) : globalMatches(text);
            } catch (PyException e) {
                return List.of();
            }
        });
    }

    private List<String> globalMatches(String text) {
        List<String> matches = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>(Set.of("__builtins__"));
        for (String word : keywords()) {
            if (word.startsWith(text) && seen.add(word)) {
                matches.add(word.equals("finally") || word.equals("try") ? word + ":"
                        : BARE_KEYWORDS.contains(word) ? word : word + " ");
            }
        }
        for (PyDict namespace : List.of(namespace(), interpreter.state().builtins().getDict())) {
            PyObject[] keys = namespace.keysArray();
            for (PyObject key : keys) {
                if (key instanceof PyStr s && s.value().startsWith(text) && seen.add(s.value())) {
                    PyObject value = namespace.getItem(key);
                    matches.add(value == null ? s.value() : callablePostfix(value, s.value()));
                }
            }
        }
        return matches;
    }

    private List<String> attributeMatches(String text) {
        int dot = text.lastIndexOf('.');
        String expr = text.substring(0, dot);
        String attr = text.substring(dot + 1);
        if (!isDottedName(expr) || !isWord(attr, true)) {
            return List.of();
        }
        PyObject object = evaluate(expr);
        if (object == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>(names(object));
        words.remove("__builtins__");
        words.add("__class__");
        classMembers(object.type(), words);
        String noPrefix = attr.isEmpty() ? "_" : attr.equals("_") ? "__" : null;
        TreeSet<String> matches = new TreeSet<>();
        while (true) {
            for (String word : words) {
                if (word.startsWith(attr) && !hides(noPrefix, word, attr.length())) {
                    matches.add(attributeMatch(object, expr + "." + word, word));
                }
            }
            if (!matches.isEmpty() || noPrefix == null) {
                break;
            }
            noPrefix = noPrefix.equals("_") ? "__" : null;
        }
        return new ArrayList<>(matches);
    }

    /** rlcompleter's {@code word[:n+1] == noprefix}: private names stay hidden until asked for. */
    private static boolean hides(String noPrefix, String word, int n) {
        return noPrefix != null && word.substring(0, Math.min(word.length(), n + 1)).equals(noPrefix);
    }

    /** {@code expr.word}, with a {@code (} when the attribute is callable; a property is not run. */
    private static String attributeMatch(PyObject object, String match, String word) {
        PyStr name = PyStr.of(word);
        PyObject onType = lookupQuietly(object.type(), name);
        if (onType != null && onType.type().isSubtype(property())) {
            return match;
        }
        PyObject value = lookupQuietly(object, name);
        return value == null || value == org.sanca.runtime.objects.PyNone.NONE ? match
                : callablePostfix(value, match);
    }

    private static PyType property() {
        return (PyType) Abstract.getAttr(builtinsOf(), PyStr.of("property"));
    }

    private static PyObject builtinsOf() {
        return org.sanca.runtime.interp.InterpreterState.current().builtins();
    }

    private static PyObject lookupQuietly(PyObject object, PyStr name) {
        try {
            return Abstract.lookupAttr(object, name);
        } catch (PyException e) {
            return null;
        }
    }

    /** Looks the dotted name up as {@code eval} would: a name of {@code __main__} or builtins, then attributes. */
    private PyObject evaluate(String expr) {
        String[] parts = expr.split("\\.");
        PyStr first = PyStr.of(parts[0]);
        PyObject value = namespace().getItem(first);
        if (value == null) {
            value = interpreter.state().builtins().getDict().getItem(first);
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            value = lookupQuietly(value, PyStr.of(parts[i]));
        }
        return value;
    }

    private static List<String> names(PyObject object) {
        List<String> names = new ArrayList<>();
        PyObject listed = Abstract.call(Abstract.getAttr(builtinsOf(), PyStr.of("dir")), object);
        PyObject it = Abstract.getIter(listed);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (item instanceof PyStr s) {
                names.add(s.value());
            }
        }
        return names;
    }

    /** What {@code rlcompleter.get_class_members} adds: the names of the class and all its bases. */
    private static void classMembers(PyType type, Set<String> words) {
        PyObject mro = Abstract.getAttr(type, PyStr.of("__mro__"));
        PyObject it = Abstract.getIter(mro);
        for (PyObject base = Abstract.next(it); base != null; base = Abstract.next(it)) {
            words.addAll(names(base));
        }
    }

    private static String callablePostfix(PyObject value, String word) {
        PyObject callable = Abstract.call(Abstract.getAttr(builtinsOf(), PyStr.of("callable")), value);
        return Abstract.isTrue(callable) ? word + "(" : word;
    }

    private PyDict namespace() {
        PyObject main = interpreter.state().modules().getItem(PyStr.of("__main__"));
        return main instanceof PyModule m ? m.getDict() : new PyDict();
    }

    private List<String> keywords() {
        List<String> words = new ArrayList<>();
        PyObject keyword = Abstract.call(Abstract.getAttr(builtinsOf(), PyStr.of("__import__")), PyStr.of("keyword"));
        for (String list : new String[] {"kwlist", "softkwlist"}) {
            PyObject it = Abstract.getIter(Abstract.getAttr(keyword, PyStr.of(list)));
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                words.add(((PyStr) item).value());
            }
        }
        return words;
    }

    private static boolean isDottedName(String expr) {
        for (String part : expr.split("\\.", -1)) {
            if (!isWord(part, false)) {
                return false;
            }
        }
        return true;
    }

    /** A run of word characters as the regular expression {@code \w+} (or {@code \w*}) matches it. */
    private static boolean isWord(String s, boolean mayBeEmpty) {
        if (s.isEmpty()) {
            return mayBeEmpty;
        }
        return s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
    }
}
