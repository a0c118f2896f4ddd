package org.sanca.runtime.modules.posix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanca.runtime.interp.InterpreterConfig;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * Starting child processes for {@code subprocess} (the part of {@code Modules/_posixsubprocess.c}
 * that a JVM can do: it cannot fork, so {@link ProcessBuilder} starts the program) and
 * {@code kill}. A child's standard stream is inherited, a pipe entered in the descriptor table,
 * {@code /dev/null}, or, where the JDK cannot hand a descriptor of ours to the child, a pipe
 * that a pump thread copies to or from the open file the program named.
 */
final class PosixSpawn {
    /** subprocess.PIPE, STDOUT and DEVNULL, as CPython numbers them. */
    private static final int PIPE = -1;
    private static final int STDOUT = -2;
    private static final int DEVNULL = -3;
    private static final Pattern ERROR_CODE = Pattern.compile("error=(\\d+)");
    /** How long a wait lets an output pump drain after the child ended (a grandchild may hold the pipe). */
    private static final long DRAIN_MILLIS = 2000;

    private PosixSpawn() {
    }

    /** The pumps copying each child's output, joined when the child is waited for. */
    private static final class Pumps {
        final Map<Long, List<Thread>> byPid = new ConcurrentHashMap<>();

        static Pumps of(InterpreterState interp) {
            return interp.moduleState(Pumps.class, Pumps::new);
        }
    }

    /** Where one of the child's three streams goes, and what to do with it once started. */
    private record Plan(Redirect redirect, OpenFile pumped) {
    }

    /**
     * Starts {@code argv[0]} (a path: the caller searched {@code PATH}) with arguments
     * {@code argv} in {@code cwd} (None: ours) with environment {@code env} (None: ours). Each
     * stream is None (the one of ours with its number), -1 a new pipe, -2 (stderr only) where
     * stdout goes, -3 /dev/null, or a descriptor. Returns {@code (pid, stdin, stdout, stderr)}:
     * the parent's ends of the new pipes, -1 for the others.
     */
    @PyMethod("($module, argv, cwd, env, stdin, stdout, stderr, /)")
    static PyObject _spawn(PyObject argv, PyObject cwd, PyObject env, PyObject stdin, PyObject stdout,
                           PyObject stderr) {
        InterpreterState interp = InterpreterState.current();
        PosixState state = PosixState.of(interp);
        List<String> command = new ArrayList<>();
        for (PyObject a : PyList.fromIterable(argv).toArray()) {
            command.add(text(a));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(directory(interp, cwd).toFile());
        Map<String, String> environment = pb.environment();
        environment.clear();
        if (env == PyNone.NONE) {
            environment.putAll(state.env());
        } else {
            for (PyObject k : PyList.fromIterable(env).toArray()) {
                environment.put(text(k), text(Abstract.getItem(env, k)));
            }
        }
        Plan in = plan(state, interp.config(), stdin, 0);
        Plan out = plan(state, interp.config(), stdout, 1);
        Plan err = stderr != PyNone.NONE && Abstract.indexValue(stderr) == STDOUT ? null
                : plan(state, interp.config(), stderr, 2);
        pb.redirectInput(in.redirect);
        pb.redirectOutput(out.redirect);
        if (err == null) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.redirect);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw startError(e, argv);
        }
        state.addChild(p);
        List<Thread> pumps = new ArrayList<>();
        int inFd = -1;
        int outFd = -1;
        int errFd = -1;
        if (in.redirect == Redirect.PIPE) {
            if (in.pumped != null) {
                feed(in.pumped, p.getOutputStream());
            } else {
                inFd = state.add(OpenFile.output(p.getOutputStream(), p));
            }
        }
        if (out.redirect == Redirect.PIPE) {
            if (out.pumped != null) {
                pumps.add(drain(p.getInputStream(), out.pumped));
            } else {
                outFd = state.add(OpenFile.input(p.getInputStream(), p));
            }
        }
        if (err != null && err.redirect == Redirect.PIPE) {
            if (err.pumped != null) {
                pumps.add(drain(p.getErrorStream(), err.pumped));
            } else {
                errFd = state.add(OpenFile.input(p.getErrorStream(), p));
            }
        }
        if (!pumps.isEmpty()) {
            Pumps.of(interp).byPid.put(p.pid(), pumps);
        }
        return PyTuple.of(PyInt.of(p.pid()), PyInt.of(inFd), PyInt.of(outFd), PyInt.of(errFd));
    }

    private static String text(PyObject o) {
        if (o instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.UTF_8);
        }
        PyObject p = PathArg.fspathOrNull(o);
        if (p instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.UTF_8);
        }
        if (p == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", PyErr.typeName(o));
        }
        return ((PyStr) p).value();
    }

    /** The child's working directory, failing as {@code chdir} in the child would. */
    private static Path directory(InterpreterState interp, PyObject cwd) {
        if (cwd == PyNone.NONE) {
            return interp.cwd();
        }
        Path dir = interp.cwd().resolve(text(cwd));
        if (!Files.exists(dir)) {
            throw Errno.error(Errno.ENOENT, cwd);
        }
        if (!Files.isDirectory(dir)) {
            throw Errno.error(Errno.ENOTDIR, cwd);
        }
        return dir;
    }

    private static Plan plan(PosixState state, InterpreterConfig config, PyObject spec, int slot) {
        long n = spec == PyNone.NONE ? slot : Abstract.indexValue(spec);
        if (n == PIPE) {
            return new Plan(Redirect.PIPE, null);
        }
        if (n == DEVNULL) {
            return new Plan(slot == 0 ? Redirect.from(new File("/dev/null")) : Redirect.DISCARD, null);
        }
        if (n < 0) {
            throw PyErr.valueError("bad value for a standard stream of a child: %d", n);
        }
        OpenFile f = state.get(n);
        if (ownStandardStream(config, f, slot)) {
            return new Plan(Redirect.INHERIT, null);
        }
        if (slot == 0 ? !f.readable : !f.writable) {
            throw Errno.error(Errno.EBADF, null);
        }
        return new Plan(Redirect.PIPE, f.retain());
    }

    /**
     * Whether {@code f} is this process's own descriptor {@code slot}, which the child can
     * simply inherit: only under the launcher (which names the terminal state of its streams),
     * whose interpreter's streams are the process's.
     */
    private static boolean ownStandardStream(InterpreterConfig config, OpenFile f, int slot) {
        if (System.getProperty("sanca.stdout.tty") == null) {
            return false;
        }
        return switch (slot) {
            case 0 -> f.in != null && f.in == System.in && config.stdin() == System.in;
            case 1 -> f.out != null && f.out == config.stdout();
            default -> f.out != null && f.out == config.stderr();
        };
    }

    /** Copies the open file {@code from} into the child's input, then closes that input. */
    private static void feed(OpenFile from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (to) {
                for (int n; (n = from.read(buf, buf.length)) > 0; ) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                return;
            } finally {
                release(from);
            }
        }, "sanca-child-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Copies a child's output into the open file {@code to} as it comes. */
    private static Thread drain(InputStream from, OpenFile to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buf)) > 0; ) {
                    to.write(n == buf.length ? buf.clone() : java.util.Arrays.copyOf(buf, n));
                }
            } catch (IOException e) {
                return;
            } finally {
                release(to);
            }
        }, "sanca-child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void release(OpenFile f) {
        try {
            f.close();
        } catch (IOException e) {
            return;
        }
    }

    /** The OSError of a failed start: the JDK's message carries the errno. */
    private static RuntimeException startError(IOException e, PyObject argv) {
        Matcher m = ERROR_CODE.matcher(String.valueOf(e.getMessage()));
        int code = m.find() ? Integer.parseInt(m.group(1)) : Errno.code(e);
        return Errno.error(code, Abstract.getItem(argv, PyInt.of(0)));
    }

    /**
     * Waits for child {@code pid} at most {@code timeout} seconds (None: as long as it takes)
     * and returns its return code as {@code subprocess} gives it (-N when signal N ended it), or
     * None when it still runs. Output being copied for it has arrived when this returns.
     */
    @PyMethod("($module, pid, timeout, /)")
    static PyObject _wait_child(PyObject pid, PyObject timeout) {
        long id = Abstract.indexValue(pid);
        InterpreterState interp = InterpreterState.current();
        PosixState state = PosixState.of(interp);
        Process p = state.child(id);
        if (p == null) {
            throw Errno.error(Errno.ECHILD, null);
        }
        try {
            if (timeout == PyNone.NONE) {
                p.waitFor();
            } else if (!p.waitFor((long) (Math.max(0, FloatSlots.asDouble(timeout)) * 1e9), TimeUnit.NANOSECONDS)) {
                return PyNone.NONE;
            }
            List<Thread> pumps = Pumps.of(interp).byPid.remove(id);
            if (pumps != null) {
                for (Thread t : pumps) {
                    t.join(DRAIN_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.format(PyExc.KeyboardInterrupt, "");
        }
        state.reap(id);
        int rc = p.exitValue();
        return PyInt.of(rc > 128 && rc < 160 ? 128 - rc : rc);
    }

    /**
     * {@code os.pipe()}: the read and write descriptors of a new pipe (an in-process one: a
     * child given either end gets a pump to it).
     */
    @PyMethod("($module, /)")
    static PyObject pipe() {
        try {
            java.nio.channels.Pipe p = java.nio.channels.Pipe.open();
            PosixState state = PosixState.current();
            int read = state.add(OpenFile.input(java.nio.channels.Channels.newInputStream(p.source()), null));
            int write = state.add(OpenFile.output(java.nio.channels.Channels.newOutputStream(p.sink()), null));
            return PyTuple.of(PyInt.of(read), PyInt.of(write));
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    /**
     * {@code os.kill}: SIGKILL and SIGTERM through the JDK's process handles, other signals
     * through the system's {@code kill} command; 0 only checks that the process exists.
     */
    @PyMethod("($module, pid, signal, /)")
    static void kill(PyObject pid, PyObject signal) {
        long id = Abstract.indexValue(pid);
        long sig = Abstract.indexValue(signal);
        ProcessHandle h = ProcessHandle.of(id).orElse(null);
        if (h == null || !h.isAlive()) {
            Process child = PosixState.current().child(id);
            if (child == null) {
                throw Errno.error(Errno.ESRCH, null);
            }
            return;
        }
        if (sig == 0) {
            return;
        }
        if (sig < 0 || sig > 64) {
            throw Errno.error(Errno.EINVAL, null);
        }
        boolean self = id == ProcessHandle.current().pid();
        if (!self && sig == 9) {
            h.destroyForcibly();
        } else if (!self && sig == 15) {
            h.destroy();
        } else {
            signalByCommand(id, sig);
        }
    }

    private static void signalByCommand(long pid, long sig) {
        try {
            Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            if (k.waitFor() != 0) {
                throw Errno.error(Errno.EPERM, null);
            }
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.format(PyExc.KeyboardInterrupt, "");
        }
    }
}
