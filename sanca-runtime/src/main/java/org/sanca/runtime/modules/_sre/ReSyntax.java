package org.sanca.runtime.modules._sre;

/**
 * A mistake in a pattern or replacement template found while reading it: becomes {@code re.error}
 * with CPython's message and position (code points into the pattern).
 */
final class ReSyntax extends RuntimeException {
    final int position;

    ReSyntax(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }
}
