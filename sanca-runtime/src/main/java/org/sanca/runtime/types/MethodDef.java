package org.sanca.runtime.types;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * One builtin function or method as declared by {@link PyMethod}: CPython's {@code PyMethodDef}.
 * The Java method is adapted to the shape {@code (self, PyObject[] params) -> PyObject} on its
 * first call (start-up makes hundreds of these and calls few); its parameters are bound by
 * {@link ArgSpec}. Java returns of {@code void}, {@code boolean},
 * {@code int}/{@code long} and {@code String} become None, bool, int and str.
 */
public final class MethodDef {
    public final String name;
    public final String doc;
    /**
     * The {@code __text_signature__}: the declaration's, unless the docstring starts with one of
     * its own ({@code "name($module, iterable, /, *, key=None)\n--\n\n"}, CPython's convention),
     * for a method that parses its arguments itself to give CPython's messages.
     */
    public final String textSignature;
    public final PyMethod.Kind kind;
    public final ArgSpec spec;
    private final Method method;
    private final boolean selfless;
    /** The adapted method, made on first use; racing threads make equal ones. */
    private MethodHandle handle;

    private MethodDef(String name, String doc, PyMethod.Kind kind, ArgSpec spec, Method method, boolean selfless) {
        this.name = name;
        int end = doc.indexOf(")\n--\n\n");
        if (doc.startsWith(name + "(") && end > 0) {
            this.textSignature = doc.substring(name.length(), end + 1);
            this.doc = doc.substring(end + 6);
        } else {
            this.textSignature = spec.textSignature;
            this.doc = doc;
        }
        this.kind = kind;
        this.spec = spec;
        this.method = method;
        this.selfless = selfless;
    }

    /**
     * Adapts {@code m}. {@code selfless} says the Java method takes no self at all (a module
     * function declared as a static method with only its Python parameters).
     */
    static MethodDef of(Method m, PyMethod decl, boolean selfless) {
        String name = decl.name().isEmpty() ? m.getName() : decl.name();
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        int javaParams = m.getParameterCount() - (isStatic && !selfless ? 1 : 0);
        ArgSpec spec = decl.value().isEmpty() ? ArgSpec.positionalOnly(name, javaParams) : ArgSpec.parse(name, decl.value());
        if (decl.getargs()) {
            spec.useGetargsWording();
        }
        if (spec.arity() != javaParams) {
            throw new IllegalStateException(m + ": signature has " + spec.arity() + " parameters, Java method " + javaParams);
        }
        return new MethodDef(name, decl.doc(), decl.kind(), spec, m, selfless);
    }

    private static MethodHandle adapt(Method m, boolean selfless, int javaParams) {
        try {
            MethodHandle mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup()).unreflect(m);
            mh = adaptReturn(mh);
            if (selfless) {
                mh = MethodHandles.dropArguments(mh, 0, PyObject.class);
            }
            MethodType shape = MethodType.genericMethodType(javaParams + 1).changeReturnType(PyObject.class);
            shape = shape.changeParameterType(0, PyObject.class);
            for (int i = 1; i <= javaParams; i++) {
                shape = shape.changeParameterType(i, PyObject.class);
            }
            return mh.asType(shape).asSpreader(PyObject[].class, javaParams);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle adaptReturn(MethodHandle mh) throws IllegalAccessException {
        Class<?> r = mh.type().returnType();
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            if (r == void.class) {
                return MethodHandles.filterReturnValue(mh, MethodHandles.constant(PyObject.class, PyNone.NONE));
            }
            if (r == boolean.class) {
                return MethodHandles.filterReturnValue(mh,
                        l.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class)));
            }
            if (r == int.class || r == long.class) {
                MethodHandle of = l.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class));
                return MethodHandles.filterReturnValue(mh, of.asType(MethodType.methodType(PyInt.class, r)));
            }
            if (r == String.class) {
                return MethodHandles.filterReturnValue(mh,
                        l.findStatic(PyStr.class, "of", MethodType.methodType(PyStr.class, String.class)));
            }
            return mh;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls with {@code self} (the instance, the class, the module, or null) and Python arguments. */
    public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] params = spec.bind(args, kwnames);
        return invoke(self, params);
    }

    /** Calls with arguments already bound one per parameter. */
    public PyObject invoke(PyObject self, PyObject[] params) {
        MethodHandle h = handle;
        if (h == null) {
            h = adapt(method, selfless, spec.arity());
            handle = h;
        }
        try {
            return (PyObject) h.invokeExact(self, params);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
