package org.sanca.runtime.objects;

/** The repr of a sequence of items between brackets, guarded against recursion. */
public final class SequenceRepr {
    private SequenceRepr() {
    }

    public static String of(PyObject self, PyObject[] items, String open, String close, String recursive) {
        if (!ReprGuard.enter(self)) {
            return recursive;
        }
        try {
            StringBuilder b = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.repr(items[i]).value());
            }
            return b.append(close).toString();
        } finally {
            ReprGuard.leave(self);
        }
    }
}
