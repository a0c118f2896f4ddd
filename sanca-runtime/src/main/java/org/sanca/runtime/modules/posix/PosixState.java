package org.sanca.runtime.modules.posix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanca.runtime.interp.InterpreterConfig;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.PyObject;

/**
 * What the {@code posix} module keeps per interpreter, as a process keeps it in CPython: the
 * file descriptor table (0, 1 and 2 are the interpreter's standard streams), the environment
 * child processes get ({@code putenv}), and the child processes not yet waited for.
 */
final class PosixState {
    private final Map<Integer, OpenFile> fds = new ConcurrentHashMap<>();
    private final Map<String, String> env;
    private final Map<Long, Process> children = new ConcurrentHashMap<>();

    private PosixState(InterpreterConfig config) {
        env = new LinkedHashMap<>(config.env());
        fds.put(0, OpenFile.input(config.stdin(), null));
        fds.put(1, OpenFile.output(config.stdout(), null));
        fds.put(2, OpenFile.output(config.stderr(), null));
    }

    static PosixState of(InterpreterState interp) {
        return interp.moduleState(PosixState.class, () -> new PosixState(interp.config()));
    }

    static PosixState current() {
        return of(InterpreterState.current());
    }

    /** Enters {@code f} under the lowest free descriptor, as {@code open(2)} does. */
    synchronized int add(OpenFile f) {
        int fd = 0;
        while (fds.containsKey(fd)) {
            fd++;
        }
        fds.put(fd, f);
        return fd;
    }

    /** The open file {@code fd} names, or EBADF. */
    OpenFile get(long fd) {
        return get(fd, null);
    }

    /** The open file {@code fd} names, or EBADF about {@code filename} (the functions taking a path or an fd). */
    OpenFile get(long fd, PyObject filename) {
        OpenFile f = fd < 0 || fd > Integer.MAX_VALUE ? null : fds.get((int) fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, filename);
        }
        return f;
    }

    OpenFile remove(long fd) {
        OpenFile f = fd < 0 || fd > Integer.MAX_VALUE ? null : fds.remove((int) fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        return f;
    }

    /** Makes {@code to} name what {@code from} names ({@code dup2}). */
    void dup(long from, int to) {
        fds.put(to, get(from).retain());
    }

    Map<String, String> env() {
        return env;
    }

    void addChild(Process p) {
        children.put(p.pid(), p);
    }

    Process child(long pid) {
        return children.get(pid);
    }

    void reap(long pid) {
        children.remove(pid);
    }
}
