package org.sanca.runtime.types;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java method with no parameters (an instance method, or a static one taking self)
 * as a read-only attribute of the builtin type whose class holds it: CPython's
 * {@code PyGetSetDef} getter, e.g. {@code int.real}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The attribute name; empty means the Java method's name. */
    String value() default "";

    String doc() default "";

    /**
     * Whether the attribute is a read-only structure member in CPython ({@code PyMemberDef}
     * with {@code READONLY}, a {@code member_descriptor} whose assignment says "readonly
     * attribute") rather than a getset.
     */
    boolean member() default false;
}
