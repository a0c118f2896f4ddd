package org.sanca.runtime.types;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java method as a Python method of the builtin type whose class holds it (or as a
 * function of a native module). Arguments are parsed from the declaration, as CPython's
 * Argument Clinic does from its declarations.
 *
 * <p>{@link #value()} is the method's text signature as CPython shows it in
 * {@code __text_signature__}: {@code "($self, sep=None, maxsplit=-1, /)"}. The first parameter
 * {@code $self} (or {@code $type} for class methods, {@code $module} for module functions) is
 * bound implicitly. Markers {@code /} and {@code *}, {@code *args} and {@code **kwargs} have
 * their Python meaning. Defaults are literals (None, True, False, ints, floats, strings, bytes,
 * {@code ()}, {@code sys.maxsize}); the default {@code <unrepresentable>} makes a parameter
 * optional with no Python-visible default, and the Java method receives null for it when it is
 * not given.
 *
 * <p>The Java method takes one {@code PyObject} per parameter in order ({@code PyTuple} for
 * {@code *args}, {@code PyDict} for {@code **kwargs}); an instance method's receiver is self, a
 * static method takes self (or the type, for class methods) as its first Java parameter. It
 * returns a {@code PyObject}, or {@code void} for None.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The text signature; empty means one positional-only parameter per Java parameter. */
    String value() default "";

    /** The Python name, when it differs from the Java method's name. */
    String name() default "";

    /** The docstring. */
    String doc() default "";

    /**
     * Whether {@link #value()} is also the {@code __text_signature__}. False for a builtin that
     * CPython shows without one (its docstring has no signature line, as {@code max} or
     * {@code str.count}): the declaration then only says how the arguments arrive. A docstring
     * opening with CPython's signature line ({@code "name($module, x, /)\n--\n\n"}) gives the
     * text signature in either case.
     */
    boolean textSignature() default true;

    /** Whether this is an instance method, a class method or a static method. */
    Kind kind() default Kind.INSTANCE;

    /**
     * Whether the method parses its arguments with {@code PyArg_ParseTuple} in CPython rather than
     * through Clinic: its argument-count errors then have getargs' older wording
     * ({@code count() takes at least 1 argument (0 given)}).
     */
    boolean getargs() default false;

    /** How the method binds. */
    enum Kind { INSTANCE, CLASS, STATIC }
}
