package org.sanca.runtime.modules._decimal;

/** The shapes of decimal operations the Python methods dispatch to. */
final class DecFn {
    private DecFn() {
    }

    @FunctionalInterface
    interface Unary {
        DecNum apply(DecNum a, DecCtx c);
    }

    @FunctionalInterface
    interface Binary {
        DecNum apply(DecNum a, DecNum b, DecCtx c);
    }
}
