package org.sanca.runtime.types;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Puts the {@link PyMethod}, {@link PyGetter} and {@link PySetter} declarations of a Java class
 * (its {@link MethodTable}, written at build time) into a type's dict or a module's namespace.
 * CPython builds the same from its static {@code PyMethodDef} and {@code PyGetSetDef} tables in
 * {@code PyType_Ready} and {@code PyModule_AddFunctions}.
 */
public final class BuiltinMethods {
    private BuiltinMethods() {
    }

    /** Fills {@code t}'s dict from its Java class, unless a base already owns that class. */
    static void fill(PyType t) {
        SlotWrappers.addTo(t);
        PyType base = t.base();
        if (base != null && base.javaClass() == t.javaClass()) {
            return;
        }
        fillFrom(t, t.javaClass());
    }

    /**
     * Fills {@code t}'s dict from its slots and from the declarations of {@code methods}, a
     * class of static methods whose first parameter is self (for types whose Java class is
     * not where their methods are written).
     */
    static void fill(PyType t, Class<?> methods) {
        SlotWrappers.addTo(t);
        fillFrom(t, methods);
    }

    /** Reads the declarations of {@code cls} and of the abstract classes it extends (shared declarations). */
    private static void fillFrom(PyType t, Class<?> cls) {
        for (Class<?> c = cls.getSuperclass(); c != null && c != PyObject.class && Modifier.isAbstract(c.getModifiers());
                c = c.getSuperclass()) {
            fillFromClass(t, c);
        }
        fillFromClass(t, cls);
    }

    private static void fillFromClass(PyType t, Class<?> cls) {
        MethodTable table = MethodTable.of(cls);
        if (table == null) {
            return;
        }
        PyDict dict = t.dict();
        List<MethodTable.Decl> decls = table.decls();
        java.util.Map<String, Integer> setters = new java.util.HashMap<>();
        for (int i = 0; i < decls.size(); i++) {
            if (decls.get(i).role() == MethodTable.SETTER) {
                setters.put(decls.get(i).name(), i);
            }
        }
        for (int i = 0; i < decls.size(); i++) {
            MethodTable.Decl decl = decls.get(i);
            if (decl.role() == MethodTable.METHOD) {
                MethodDef def = MethodDef.of(table, i, false);
                if (decl.kind() == PyMethod.Kind.INSTANCE) {
                    // The type's __qualname__: its name without the module part.
                    def.spec.qualify(t.getName().substring(t.getName().lastIndexOf('.') + 1));
                }
                PyObject descr = switch (decl.kind()) {
                    case INSTANCE -> new PyMethodDescr(t, def);
                    case CLASS -> new PyClassMethodDescr(t, def);
                    // CPython's METH_STATIC: a staticmethod around a function bound to the type.
                    case STATIC -> PyStaticMethod.of(new PyBuiltinFunction(def, t, t));
                };
                dict.setItem(PyStr.of(def.name), descr);
            } else if (decl.role() == MethodTable.GETTER) {
                dict.setItem(PyStr.of(decl.name()), getSet(t, table, i, setters.get(decl.name())));
            }
        }
    }

    /** The descriptor of getter {@code get} of {@code table}, with setter {@code set} (or null). */
    private static PyObject getSet(PyType t, MethodTable table, int get, Integer set) {
        MethodTable.Decl decl = table.decls().get(get);
        if (decl.member()) {
            return new PyMemberDescr(t, decl.name(), o -> table.get(get, o));
        }
        int setter = set == null ? -1 : set;
        return new PyGetSetDescr(t, decl.name(), decl.doc(), o -> table.get(get, o),
                setter < 0 ? null : (o, v) -> table.set(setter, o, v));
    }

    /**
     * Declares the static {@link PyMethod} methods of {@code cls} (self first) as methods of the
     * class {@code t} made at run time, through setattr so that its slots follow: how a native
     * module gives a Python class methods written in Java.
     */
    public static void addMethods(PyType t, Class<?> cls) {
        MethodTable table = MethodTable.of(cls);
        List<MethodTable.Decl> decls = table == null ? List.of() : table.decls();
        for (int i = 0; i < decls.size(); i++) {
            MethodTable.Decl decl = decls.get(i);
            if (decl.role() == MethodTable.METHOD && decl.isStatic()) {
                MethodDef def = MethodDef.of(table, i, false);
                def.spec.qualify(t.getName());
                PyObject descr = decl.kind() == PyMethod.Kind.CLASS ? new PyClassMethodDescr(t, def) : new PyMethodDescr(t, def);
                org.sanca.runtime.objects.Abstract.setAttr(t, PyStr.of(def.name), descr);
            }
        }
    }

    /** The module functions declared as static {@link PyMethod} methods of {@code cls}, bound to {@code module}. */
    public static List<PyBuiltinFunction> moduleFunctions(Class<?> cls, PyObject module) {
        List<PyBuiltinFunction> out = new ArrayList<>();
        MethodTable table = MethodTable.of(cls);
        List<MethodTable.Decl> decls = table == null ? List.of() : table.decls();
        for (int i = 0; i < decls.size(); i++) {
            MethodTable.Decl decl = decls.get(i);
            if (decl.role() == MethodTable.METHOD && decl.isStatic()) {
                out.add(new PyBuiltinFunction(MethodDef.of(table, i, true), module, null));
            }
        }
        return out;
    }
}
