package org.sanca.runtime.modules.zlib;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;

/**
 * The calls a stream has seen, for {@code copy()} to replay into a new Java deflater or
 * inflater: Java's cannot duplicate their state as zlib's {@code deflateCopy} and
 * {@code inflateCopy} do. The log keeps at most {@link #LIMIT} bytes of input, so a long stream
 * (compressing a large file chunk by chunk) does not hold everything it was fed; past that, the
 * log is dropped and {@code copy()} raises the ValueError zlib gives a stream it cannot copy.
 */
final class ReplayLog<T> {
    static final long LIMIT = 16L << 20;

    private List<T> calls = new ArrayList<>();
    private long bytes;

    /** Records {@code call}, which carried {@code size} bytes of input. */
    void add(T call, int size) {
        if (calls == null) {
            return;
        }
        bytes += size;
        if (bytes > LIMIT) {
            calls = null;
        } else {
            calls.add(call);
        }
    }

    /** Stops recording: the stream has ended, and a copy no longer needs its past. */
    void close() {
        calls = null;
        bytes = LIMIT + 1;
    }

    /** The calls to replay, or ValueError when the log was dropped. */
    List<T> calls() {
        if (calls == null) {
            throw PyErr.format(PyExc.ValueError, "Inconsistent stream state");
        }
        return calls;
    }
}
