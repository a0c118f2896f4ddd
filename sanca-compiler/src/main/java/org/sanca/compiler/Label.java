package org.sanca.compiler;

/** A jump target in an instruction sequence; bound to an instruction index once placed. */
final class Label {
    int pos = -1;

    boolean isBound() {
        return pos >= 0;
    }
}
