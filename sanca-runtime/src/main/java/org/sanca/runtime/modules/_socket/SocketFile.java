package org.sanca.runtime.modules._socket;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a socket descriptor refers to (the kernel's socket): a non-blocking java.nio channel,
 * shared by the descriptors {@code dup} makes. A stream socket has no channel until it is bound
 * (a server channel, which listens from then on) or connected (a client channel), since Java
 * decides between the two at creation; options set before are kept and applied then. Blocking
 * calls and timeouts wait for readiness on a selector of the file's own, as CPython waits with
 * {@code poll} on a socket it keeps non-blocking.
 */
public final class SocketFile {
    final int family;
    final int type;
    final int proto;
    private volatile NetworkChannel channel;
    private final Map<SocketOption<Object>, Object> pending = new LinkedHashMap<>();
    private Selector inWait;
    private Selector outWait;
    private volatile boolean closed;
    private int refs = 1;
    /** The errno a connection started without waiting ended with ({@code SO_ERROR}), 0 if none. */
    int connectError;
    boolean listening;

    SocketFile(int family, int type, int proto) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        if (type == SocketModule.SOCK_DGRAM) {
            adopt(DatagramChannel.open(protocolFamily()));
        }
    }

    SocketFile(int family, int type, int proto, NetworkChannel accepted) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        adopt(accepted);
    }

    private ProtocolFamily protocolFamily() {
        return switch (family) {
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> StandardProtocolFamily.INET;
        };
    }

    private void adopt(NetworkChannel ch) throws IOException {
        ((SelectableChannel) ch).configureBlocking(false);
        for (Map.Entry<SocketOption<Object>, Object> o : pending.entrySet()) {
            if (ch.supportedOptions().contains(o.getKey())) {
                ch.setOption(o.getKey(), o.getValue());
            }
        }
        channel = ch;
    }

    /** The channel, or null for a stream socket neither bound nor connected. */
    public NetworkChannel channel() throws IOException {
        if (closed) {
            throw new java.nio.channels.ClosedChannelException();
        }
        return channel;
    }

    /** The channel a stream socket connects through, made (at the address it was bound to, if any) when missing. */
    synchronized SocketChannel client() throws IOException {
        NetworkChannel ch = channel();
        if (ch instanceof SocketChannel s) {
            return s;
        }
        SocketChannel s = SocketChannel.open(protocolFamily());
        SocketAddress local = null;
        if (ch instanceof ServerSocketChannel server) {
            local = server.getLocalAddress();
            server.close();
            pending.put(option(java.net.StandardSocketOptions.SO_REUSEADDR), Boolean.TRUE);
        }
        adopt(s);
        if (local != null) {
            s.bind(local);
        }
        return s;
    }

    /** Binds: a stream socket becomes a listening server channel. */
    synchronized void bind(SocketAddress address) throws IOException {
        NetworkChannel ch = channel();
        if (ch == null) {
            ServerSocketChannel server = ServerSocketChannel.open(protocolFamily());
            adopt(server);
            server.bind(address, SocketModule.SOMAXCONN);
        } else if (ch.getLocalAddress() != null) {
            throw new java.nio.channels.AlreadyBoundException();
        } else {
            ch.bind(address);
        }
    }

    /** Listens: a stream socket that was never bound listens at an ephemeral port. */
    synchronized void listen() throws IOException {
        NetworkChannel ch = channel();
        if (ch == null) {
            bind(null);
        } else if (!(ch instanceof ServerSocketChannel)) {
            throw new java.nio.channels.AlreadyBoundException();
        }
        listening = true;
    }

    @SuppressWarnings("unchecked")
    static SocketOption<Object> option(SocketOption<?> o) {
        return (SocketOption<Object>) o;
    }

    synchronized void setOption(SocketOption<Object> name, Object value) throws IOException {
        NetworkChannel ch = channel();
        pending.put(name, value);
        if (ch != null && ch.supportedOptions().contains(name)) {
            ch.setOption(name, value);
        }
    }

    synchronized Object getOption(SocketOption<Object> name) throws IOException {
        NetworkChannel ch = channel();
        if (ch != null && ch.supportedOptions().contains(name)) {
            return ch.getOption(name);
        }
        return pending.get(name);
    }

    /**
     * Waits until the channel is ready for {@code op} ({@link SelectionKey} bits), at most
     * {@code nanos} (negative: without limit). Returns early on a spurious wake-up or a close,
     * so callers retry the operation and check their deadline.
     */
    void await(int op, long nanos) throws IOException {
        SelectableChannel ch = (SelectableChannel) channel();
        boolean in = (op & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
        Selector sel;
        synchronized (this) {
            if (in) {
                sel = inWait == null ? inWait = Selector.open() : inWait;
            } else {
                sel = outWait == null ? outWait = Selector.open() : outWait;
            }
        }
        synchronized (sel) {
            SelectionKey key = ch.keyFor(sel);
            if (key == null) {
                ch.register(sel, op);
            } else {
                key.interestOps(op);
            }
        }
        if (nanos < 0) {
            sel.select();
        } else {
            sel.select(Math.max(1, (nanos + 999_999) / 1_000_000));
        }
        sel.selectedKeys().clear();
        channel();
    }

    synchronized void retain() {
        refs++;
    }

    /** Drops one descriptor's reference; the last one closes the channel and wakes its waiters. */
    void release() throws IOException {
        Selector in;
        Selector out;
        NetworkChannel ch;
        synchronized (this) {
            if (--refs > 0 || closed) {
                return;
            }
            closed = true;
            in = inWait;
            out = outWait;
            ch = channel;
        }
        try {
            if (ch != null) {
                ch.close();
            }
        } finally {
            for (Selector s : new Selector[] {in, out}) {
                if (s != null) {
                    s.wakeup();
                    s.close();
                }
            }
        }
    }

    boolean isClosed() {
        return closed;
    }
}
