package org.sanca.runtime.modules._ast;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyType;

/**
 * One interpreter's node classes (CPython keeps them in the interpreter's {@code ast_state}):
 * by name, the name of each, and the one instance of each context and operator class the
 * parser's trees share.
 */
final class AstState {
    PyType astType;
    final Map<String, PyType> classes = new HashMap<>();
    final Map<PyType, String> names = new IdentityHashMap<>();
    final Map<Enum<?>, PyObject> singletons = new IdentityHashMap<>();

    void add(String name, PyType cls) {
        classes.put(name, cls);
        names.put(cls, name);
    }

    /** The node class name of {@code t} or of the nearest base that is a node class, or null. */
    String nodeName(PyType t) {
        for (PyType c : t.mro()) {
            String name = names.get(c);
            if (name != null) {
                return name;
            }
        }
        return null;
    }
}
