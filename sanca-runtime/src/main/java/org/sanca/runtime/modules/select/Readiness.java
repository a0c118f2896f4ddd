package org.sanca.runtime.modules.select;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.modules._socket.SocketFile;
import org.sanca.runtime.modules._socket.SocketState;

/**
 * One wait for readiness over several descriptors, the work both {@code select.select} and
 * {@code poll.poll} do: each socket's channel is registered with a fresh selector for the
 * interest asked (read: data or a connection to accept; write: room, or the end of a
 * connection attempt), and the selector tells which are ready. A descriptor that names no socket
 * (a file or a standard stream) never blocks, so it is always ready.
 */
final class Readiness {
    static final int IN = 1;
    static final int OUT = 4;
    /** A closed socket: poll's POLLNVAL. */
    static final int INVALID = 32;

    private record Entry(int fd, int events, SelectableChannel channel) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(int fd, int events) throws IOException {
        SocketFile f = SocketState.lookup(fd);
        SelectableChannel ch = null;
        if (f != null) {
            try {
                ch = (SelectableChannel) f.channel();
            } catch (ClosedChannelException e) {
                ch = null;
            }
        }
        entries.add(new Entry(fd, events, ch));
    }

    private static int interest(SelectableChannel ch, int events) {
        int ops = 0;
        if ((events & IN) != 0) {
            ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((events & OUT) != 0 && !(ch instanceof ServerSocketChannel)) {
            ops |= ch instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops & ch.validOps();
    }

    private static int events(int ops) {
        int ev = 0;
        if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            ev |= IN;
        }
        if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            ev |= OUT;
        }
        return ev;
    }

    /**
     * Waits up to {@code millis} (negative: without limit) for one of the descriptors to be
     * ready; the events ready for each, in the order they were added (0: none).
     */
    int[] await(long millis) throws IOException {
        int[] ready = new int[entries.size()];
        try (Selector sel = Selector.open()) {
            List<SelectionKey> keys = new ArrayList<>();
            boolean immediate = false;
            for (int i = 0; i < ready.length; i++) {
                Entry e = entries.get(i);
                SelectionKey key = null;
                if (e.channel == null) {
                    ready[i] = SocketState.lookup(e.fd) != null ? INVALID : e.events & (IN | OUT);
                    immediate |= ready[i] != 0;
                } else {
                    int ops = interest(e.channel, e.events);
                    try {
                        if (ops != 0) {
                            key = e.channel.keyFor(sel);
                            key = key == null ? e.channel.register(sel, ops) : key.interestOps(key.interestOps() | ops);
                        }
                    } catch (ClosedChannelException | java.nio.channels.CancelledKeyException closed) {
                        ready[i] = INVALID;
                        immediate = true;
                    }
                }
                keys.add(key);
            }
            if (immediate || millis == 0) {
                sel.selectNow();
            } else if (millis < 0) {
                sel.select();
            } else {
                sel.select(millis);
            }
            for (int i = 0; i < ready.length; i++) {
                SelectionKey key = keys.get(i);
                if (key != null && sel.selectedKeys().contains(key)) {
                    ready[i] |= events(key.readyOps()) & entries.get(i).events;
                }
            }
        }
        return ready;
    }
}
