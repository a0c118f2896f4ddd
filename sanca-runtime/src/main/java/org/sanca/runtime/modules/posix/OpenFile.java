package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What one file descriptor of the table refers to: a file (a channel, with the path it was
 * opened by, for {@code fstat}), or one end of a stream (the standard streams, a pipe to a child
 * process).
 */
final class OpenFile {
    final FileChannel channel;
    final Path path;
    final InputStream in;
    final OutputStream out;
    final boolean readable;
    final boolean writable;
    /** O_APPEND: every write goes to the end (the JDK refuses to read a channel opened to append). */
    final boolean append;
    /** The child process whose output or input this is, for pipes. */
    final Process process;
    /** Holders of this open file: descriptors naming it, pumps feeding a child from it. */
    private int holders = 1;

    private OpenFile(FileChannel channel, Path path, InputStream in, OutputStream out, boolean readable,
                     boolean writable, boolean append, Process process) {
        this.append = append;
        this.channel = channel;
        this.path = path;
        this.in = in;
        this.out = out;
        this.readable = readable;
        this.writable = writable;
        this.process = process;
    }

    static OpenFile file(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
        return new OpenFile(channel, path, null, null, readable, writable, append, null);
    }

    static OpenFile input(InputStream in, Process process) {
        return new OpenFile(null, null, in, null, true, false, false, process);
    }

    static OpenFile output(OutputStream out, Process process) {
        return new OpenFile(null, null, null, out, false, true, false, process);
    }

    int read(byte[] buf, int n) throws IOException {
        if (channel != null) {
            int got = channel.read(ByteBuffer.wrap(buf, 0, n));
            return Math.max(got, 0);
        }
        int got = in.read(buf, 0, n);
        return Math.max(got, 0);
    }

    void write(byte[] data) throws IOException {
        if (channel != null) {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer b = ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } else {
            out.write(data);
            out.flush();
        }
    }

    /** One more holder, which must {@link #close} it in turn ({@code dup}, a child's copy). */
    synchronized OpenFile retain() {
        holders++;
        return this;
    }

    /** Lets go of one holding; the last one closes what it refers to. */
    void close() throws IOException {
        synchronized (this) {
            if (--holders > 0) {
                return;
            }
        }
        if (channel != null) {
            channel.close();
        } else if (in != null) {
            in.close();
        } else {
            out.close();
        }
    }
}
