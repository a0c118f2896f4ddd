package org.sanca.ast;

/** An imaginary literal such as {@code 2j} as it stands in {@link Constant#value()}. */
public record Imaginary(double imag) {
}
