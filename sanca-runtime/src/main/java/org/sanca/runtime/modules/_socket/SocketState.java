package org.sanca.runtime.modules._socket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanca.runtime.interp.InterpreterState;

/**
 * What {@code _socket} keeps per interpreter: its socket descriptors (numbered from 3 up,
 * lowest free first, as a process numbers its files) and the default timeout of new sockets.
 */
public final class SocketState {
    private final Map<Integer, SocketFile> files = new ConcurrentHashMap<>();
    /** {@code socket.getdefaulttimeout()} in nanoseconds; -1 for None. */
    volatile long defaultTimeout = -1;

    static SocketState current() {
        return InterpreterState.current().moduleState(SocketState.class, SocketState::new);
    }

    synchronized int add(SocketFile f) {
        int fd = 3;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, f);
        return fd;
    }

    /** The socket descriptor {@code fd} of the running interpreter, or null when it names none. */
    public static SocketFile lookup(long fd) {
        return fd < 0 || fd > Integer.MAX_VALUE ? null : current().files.get((int) fd);
    }

    SocketFile remove(int fd) {
        return files.remove(fd);
    }
}
