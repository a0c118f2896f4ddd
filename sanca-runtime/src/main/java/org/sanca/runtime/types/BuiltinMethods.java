package org.sanca.runtime.types;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Reads the {@link PyMethod} and {@link PyGetter} declarations of a Java class into a type's
 * dict or a module's namespace. CPython builds the same from its static {@code PyMethodDef}
 * and {@code PyGetSetDef} tables in {@code PyType_Ready} and {@code PyModule_AddFunctions}.
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
        PyDict dict = t.dict();
        java.util.Map<String, MethodHandle> setters = new java.util.HashMap<>();
        for (Method m : declared(cls)) {
            PySetter setter = m.getAnnotation(PySetter.class);
            if (setter != null) {
                setters.put(setter.value(), setterHandle(m));
            }
        }
        for (Method m : declared(cls)) {
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null) {
                MethodDef def = MethodDef.of(m, decl, false);
                if (decl.kind() == PyMethod.Kind.INSTANCE) {
                    // The type's __qualname__: its name without the module part.
                    def.spec.qualify(t.getName().substring(t.getName().lastIndexOf('.') + 1));
                }
                PyObject descr = switch (decl.kind()) {
                    case INSTANCE -> new PyMethodDescr(t, def);
                    case CLASS -> new PyClassMethodDescr(t, def);
                    case STATIC -> new PyBuiltinFunction(def, null, t);
                };
                dict.setItem(PyStr.of(def.name), descr);
            }
            PyGetter getter = m.getAnnotation(PyGetter.class);
            if (getter != null) {
                String name = getter.value().isEmpty() ? m.getName() : getter.value();
                MethodHandle mh = getterHandle(m);
                MethodHandle set = setters.get(name);
                PyObject descr = getter.member() ? new PyMemberDescr(t, name, o -> invokeGetter(mh, o))
                        : new PyGetSetDescr(t, name, getter.doc(), o -> invokeGetter(mh, o),
                                set == null ? null : (o, v) -> invokeSetter(set, o, v));
                dict.setItem(PyStr.of(name), descr);
            }
        }
    }

    /**
     * Declares the static {@link PyMethod} methods of {@code cls} (self first) as methods of the
     * class {@code t} made at run time, through setattr so that its slots follow: how a native
     * module gives a Python class methods written in Java.
     */
    public static void addMethods(PyType t, Class<?> cls) {
        for (Method m : declared(cls)) {
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null && Modifier.isStatic(m.getModifiers())) {
                MethodDef def = MethodDef.of(m, decl, false);
                def.spec.qualify(t.getName());
                PyObject descr = decl.kind() == PyMethod.Kind.CLASS ? new PyClassMethodDescr(t, def) : new PyMethodDescr(t, def);
                org.sanca.runtime.objects.Abstract.setAttr(t, PyStr.of(def.name), descr);
            }
        }
    }

    /** The module functions declared as static {@link PyMethod} methods of {@code cls}, bound to {@code module}. */
    public static List<PyBuiltinFunction> moduleFunctions(Class<?> cls, PyObject module) {
        List<PyBuiltinFunction> out = new ArrayList<>();
        for (Method m : declared(cls)) {
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null && Modifier.isStatic(m.getModifiers())) {
                out.add(new PyBuiltinFunction(MethodDef.of(m, decl, true), module, null));
            }
        }
        return out;
    }

    /** Declared methods in a stable order (by name), as reflection gives no order. */
    private static List<Method> declared(Class<?> cls) {
        Method[] ms = cls.getDeclaredMethods();
        Arrays.sort(ms, Comparator.comparing(Method::getName));
        return Arrays.asList(ms);
    }

    private static PyObject invokeGetter(MethodHandle mh, PyObject o) {
        try {
            return (PyObject) mh.invokeExact(o);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invokeSetter(MethodHandle mh, PyObject o, PyObject v) {
        try {
            mh.invokeExact(o, v);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle setterHandle(Method m) {
        try {
            MethodHandle mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup()).unreflect(m);
            return mh.asType(MethodType.methodType(void.class, PyObject.class, PyObject.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle getterHandle(Method m) {
        try {
            MethodHandle mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup()).unreflect(m);
            return mh.asType(MethodType.methodType(PyObject.class, PyObject.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
