package org.sanca.ast;

/** A bytes literal as it stands in {@link Constant#value()}; the array is never changed. */
public record Bytes(byte[] value) {
}
