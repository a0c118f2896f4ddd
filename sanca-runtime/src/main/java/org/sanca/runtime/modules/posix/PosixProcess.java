package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.sanca.runtime.interp.InterpreterConfig;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.sys.StructSeq;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The process functions of {@code posix}: ids, {@code uname}, the environment children get
 * ({@code environ}, {@code putenv}, {@code unsetenv}), running a shell command ({@code system},
 * and the pipe {@code os.popen} reads), waiting for children and their wait statuses.
 */
final class PosixProcess {
    private static final PyType UNAME = StructSeq.newType("posix.uname_result");
    private static final String[] UNAME_FIELDS = {"sysname", "nodename", "release", "version", "machine"};
    private static final PyType TERMINAL_SIZE = StructSeq.newType("os.terminal_size");
    private static final String[] TERMINAL_FIELDS = {"columns", "lines"};

    static {
        TERMINAL_SIZE.tp_new = (type, args, kw) -> {
            PyObject[] items = args.length == 1 ? org.sanca.runtime.objects.PyList.fromIterable(args[0]).toArray()
                    : new PyObject[0];
            if (args.length != 1 || items.length != 2) {
                throw PyErr.typeError("os.terminal_size() takes a 2-sequence");
            }
            return StructSeq.of(TERMINAL_SIZE, TERMINAL_FIELDS, items);
        };
    }

    private PosixProcess() {
    }

    static void constants(PyDict d, PosixState state) {
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : state.env().entrySet()) {
            env.setItem(bytes(e.getKey()), bytes(e.getValue()));
        }
        d.setItem(PyStr.of("environ"), env);
        d.setItem(PyStr.of("terminal_size"), TERMINAL_SIZE);
        d.setItem(PyStr.of("WNOHANG"), PyInt.of(1));
        d.setItem(PyStr.of("WUNTRACED"), PyInt.of(2));
        d.setItem(PyStr.of("EX_OK"), PyInt.of(0));
    }

    private static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(PyObject o, String func) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.UTF_8);
        }
        PyObject p = PathArg.fspathOrNull(o);
        if (p == null) {
            throw PyErr.typeError("%s: expected str, bytes or os.PathLike object, not %s", func, PyErr.typeName(o));
        }
        return text(p, func);
    }

    @PyMethod("($module, /)")
    static PyObject getpid() {
        return PyInt.of(ProcessHandle.current().pid());
    }

    @PyMethod("($module, /)")
    static PyObject getppid() {
        return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
    }

    /** The process's user and group: the owner of {@code /proc/self} is its effective ids. */
    private static long procOwner(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr)).longValue();
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    @PyMethod("($module, /)")
    static PyObject getuid() {
        return PyInt.of(procOwner("uid"));
    }

    @PyMethod("($module, /)")
    static PyObject geteuid() {
        return PyInt.of(procOwner("uid"));
    }

    @PyMethod("($module, /)")
    static PyObject getgid() {
        return PyInt.of(procOwner("gid"));
    }

    @PyMethod("($module, /)")
    static PyObject getegid() {
        return PyInt.of(procOwner("gid"));
    }

    @PyMethod("($module, /)")
    static PyObject cpu_count() {
        return PyInt.of(Runtime.getRuntime().availableProcessors());
    }

    @PyMethod("($module, /)")
    static PyObject uname() {
        String machine = System.getProperty("os.arch");
        return StructSeq.of(UNAME, UNAME_FIELDS, PyStr.of(kernel("ostype", System.getProperty("os.name"))),
                PyStr.of(kernel("hostname", "localhost")), PyStr.of(kernel("osrelease", System.getProperty("os.version"))),
                PyStr.of(kernel("version", "")), PyStr.of(machine.equals("amd64") ? "x86_64" : machine));
    }

    private static String kernel(String name, String fallback) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel", name)).strip();
        } catch (IOException e) {
            return fallback;
        }
    }

    @PyMethod("($module, name, value, /)")
    static void putenv(PyObject name, PyObject value) {
        String n = text(name, "putenv");
        if (n.isEmpty() || n.indexOf('=') >= 0) {
            throw PyErr.valueError("illegal environment variable name");
        }
        PosixState.current().env().put(n, text(value, "putenv"));
    }

    @PyMethod("($module, name, /)")
    static void unsetenv(PyObject name) {
        String n = text(name, "unsetenv");
        if (n.isEmpty() || n.indexOf('=') >= 0) {
            throw PyErr.valueError("illegal environment variable name");
        }
        PosixState.current().env().remove(n);
    }

    private static ProcessBuilder shell(String command) {
        InterpreterState interp = InterpreterState.current();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
        pb.directory(interp.cwd().toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(PosixState.of(interp).env());
        return pb;
    }

    /** Copies a child's output to one of the interpreter's streams as it comes. */
    private static Thread pump(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buf)) > 0; ) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                return;
            }
        }, "sanca-pipe");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @PyMethod("($module, /, command)")
    static PyObject system(PyObject command) {
        InterpreterConfig config = InterpreterState.current().config();
        ProcessBuilder pb = shell(text(command, "system"));
        if (config.stdin() == System.in) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        try {
            Process p = pb.start();
            if (config.stdin() != System.in) {
                p.getOutputStream().close();
            }
            Thread out = pump(p.getInputStream(), config.stdout());
            Thread err = pump(p.getErrorStream(), config.stderr());
            int rc = p.waitFor();
            out.join();
            err.join();
            return PyInt.of(status(rc));
        } catch (IOException e) {
            return PyInt.of(127 << 8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.format(org.sanca.runtime.objects.PyExc.KeyboardInterrupt, "");
        }
    }

    /** A wait status from the JDK's exit value (128 + n for a child killed by signal n). */
    private static int status(int exitValue) {
        return exitValue > 128 && exitValue < 160 ? exitValue - 128 : (exitValue & 0xFF) << 8;
    }

    /**
     * Starts {@code /bin/sh -c command} with a pipe to read its output ({@code mode} "r") or
     * write its input ("w"); returns {@code (pid, fd)}. The back end of {@code os.popen}.
     */
    @PyMethod("($module, command, mode, /)")
    static PyObject _spawn_shell(PyObject command, PyObject mode) {
        InterpreterConfig config = InterpreterState.current().config();
        boolean read = !PyStr.arg(mode).startsWith("w");
        ProcessBuilder pb = shell(text(command, "popen"));
        try {
            Process p = pb.start();
            PosixState state = PosixState.current();
            state.addChild(p);
            pump(p.getErrorStream(), config.stderr());
            int fd;
            if (read) {
                p.getOutputStream().close();
                fd = state.add(OpenFile.input(p.getInputStream(), p));
            } else {
                pump(p.getInputStream(), config.stdout());
                fd = state.add(OpenFile.output(p.getOutputStream(), p));
            }
            return PyTuple.of(PyInt.of(p.pid()), PyInt.of(fd));
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    @PyMethod("($module, pid, options, /)")
    static PyObject waitpid(PyObject pid, PyObject options) {
        long id = Abstract.indexValue(pid);
        PosixState state = PosixState.current();
        Process p = state.child(id);
        if (p == null) {
            throw Errno.error(Errno.ECHILD, null);
        }
        if ((Abstract.indexValue(options) & 1) != 0 && p.isAlive()) {
            return PyTuple.of(PyInt.of(0), PyInt.of(0));
        }
        try {
            int rc = p.waitFor();
            state.reap(id);
            return PyTuple.of(PyInt.of(id), PyInt.of(status(rc)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.format(org.sanca.runtime.objects.PyExc.KeyboardInterrupt, "");
        }
    }

    @PyMethod("($module, /, status)")
    static PyObject waitstatus_to_exitcode(PyObject status) {
        long s = Abstract.indexValue(status);
        if ((s & 0x7F) == 0) {
            return PyInt.of((s >> 8) & 0xFF);
        }
        return PyInt.of(-(s & 0x7F));
    }

    @PyMethod("($module, /, status)")
    static PyObject WEXITSTATUS(PyObject status) {
        return PyInt.of((Abstract.indexValue(status) >> 8) & 0xFF);
    }

    @PyMethod("($module, /, status)")
    static boolean WIFEXITED(PyObject status) {
        return (Abstract.indexValue(status) & 0x7F) == 0;
    }

    @PyMethod("($module, /, status)")
    static boolean WIFSIGNALED(PyObject status) {
        long s = Abstract.indexValue(status) & 0x7F;
        return s != 0 && s != 0x7F;
    }

    @PyMethod("($module, /, status)")
    static PyObject WTERMSIG(PyObject status) {
        return PyInt.of(Abstract.indexValue(status) & 0x7F);
    }

    @PyMethod("($module, status, /)")
    static void _exit(PyObject status) {
        Runtime.getRuntime().halt((int) Abstract.indexValue(status));
    }

    @PyMethod("($module, fd=<unrepresentable>, /)")
    static PyObject get_terminal_size(PyObject fd) {
        long n = fd == null ? 1 : Abstract.indexValue(fd);
        PosixState.current().get(n);
        if (System.console() == null) {
            throw Errno.error(Errno.ENOTTY, null);
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty")).start();
            String[] rc = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            if (p.waitFor() != 0 || rc.length != 2) {
                throw Errno.error(Errno.ENOTTY, null);
            }
            return StructSeq.of(TERMINAL_SIZE, TERMINAL_FIELDS, PyInt.of(Long.parseLong(rc[1])),
                    PyInt.of(Long.parseLong(rc[0])));
        } catch (IOException | NumberFormatException e) {
            throw Errno.error(Errno.ENOTTY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errno.error(Errno.ENOTTY, null);
        }
    }

    @PyMethod("($module, /)")
    static PyObject getlogin() {
        String user = System.getProperty("user.name");
        return user == null ? PyNone.NONE : PyStr.of(user);
    }
}
