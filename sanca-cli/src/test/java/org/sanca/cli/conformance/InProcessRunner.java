package org.sanca.cli.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sanca.cli.Main;

/**
 * Runs a case in this JVM through {@link Main#run}, so it gets a fresh interpreter with its own
 * {@code sys.modules}, {@code sys.argv}, working directory and streams. Each case runs on its own
 * thread with a large stack; a case that outlives its time limit is abandoned (its thread is a
 * daemon and is interrupted) so that it cannot hang the run.
 */
public final class InProcessRunner {
    private static final long STACK_BYTES = 1L << 30;

    private final Map<String, String> env;
    private final long timeoutMillis;

    public InProcessRunner(Map<String, String> env, long timeoutMillis) {
        this.env = env;
        this.timeoutMillis = timeoutMillis;
    }

    public Outcome run(ConformanceCase c) {
        return run(c, new ByteArrayInputStream(c.stdin() == null ? new byte[0] : c.stdin()));
    }

    Outcome run(ConformanceCase c, InputStream stdin) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = c.expected() != null && c.expected().merged() ? outBytes : new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = errBytes == outBytes ? out : new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                status.complete(Main.run(c.args().toArray(String[]::new), stdin, out, err,
                        c.directory(), env));
            } catch (Throwable t) {
                status.completeExceptionally(t);
            }
        }, "case " + c.id(), STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean timedOut = false;
        int code;
        try {
            code = status.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            timedOut = true;
            code = -1;
        } catch (ExecutionException e) {
            err.println(escaped(e.getCause()));
            code = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(c.id() + ": interrupted", e);
        }
        out.flush();
        err.flush();
        boolean merged = errBytes == outBytes;
        return new Outcome(text(outBytes), merged ? "" : text(errBytes), code, merged, timedOut)
                .relativeTo(c.directory().toString());
    }

    /** A Java exception never reaches a Python user: when one escapes, the case fails showing it. */
    private static String escaped(Throwable t) {
        StringBuilder text = new StringBuilder("<a Java exception escaped the interpreter: ").append(t).append('>');
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 8); i++) {
            text.append("\n    at ").append(frames[i]);
        }
        return text.toString();
    }

    private static String text(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
