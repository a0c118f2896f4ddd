package org.sanca.ast;

/** The constants {@code None} and {@code ...} as they stand in {@link Constant#value()}. */
public enum Singleton {
    NONE, ELLIPSIS
}
