package org.sanca.compiler;

/**
 * A complex constant with a real part, as folding makes from an imaginary literal ({@code -1j}
 * is {@code complex(-0.0, -1.0)}); the literal itself stays an {@link org.sanca.ast.Imaginary}.
 * Record equality compares the doubles bitwise, so {@code 0.0} and {@code -0.0} stay distinct
 * constants.
 */
public record ComplexConst(double real, double imag) {
}
