/**
 * CPython's {@code ast} module as Java records: one record per node class, with CPython's
 * field names and order, then the position attributes. {@link org.sanca.ast.Constant#value()}
 * holds {@link java.lang.String} (str), {@link java.lang.Long} or {@link java.math.BigInteger}
 * (int; Long whenever it fits), {@link java.lang.Double} (float), {@link Imaginary},
 * {@link java.lang.Boolean}, {@link Bytes} or {@link Singleton}.
 */
package org.sanca.ast;
