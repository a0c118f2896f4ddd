package org.sanca.runtime.types;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java method taking the new value (null to delete) as the setter of the attribute
 * a {@link PyGetter} of the same name declares: the setter half of CPython's {@code PyGetSetDef}.
 * An instance method takes the value; a static one takes self, then the value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
    /** The attribute name. */
    String value();
}
