package org.sanca.runtime.modules._socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _socket.socket} ({@code PySocketSockObject} in {@code Modules/socketmodule.c}): a
 * descriptor of a {@link SocketFile} with the socket's own timeout. Every operation tries the
 * non-blocking channel first and waits for readiness only when it would block, so a blocking
 * call costs no more than one system call when data is there.
 */
public class PySocket extends PyObject {
    public static final PyType TYPE = PyType.builtin("_socket.socket", PySocket.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = PySocket::newSocket;
        t.tp_init = PySocket::init;
        t.tp_repr = o -> ((PySocket) o).repr();
    });

    static {
        TYPE.setQualname("socket");
    }

    private static final String[] INIT_NAMES = {"family", "type", "proto", "fileno"};

    private int family = SocketAddresses.AF_INET;
    private int type = SocketModule.SOCK_STREAM;
    private int proto;
    private int fd = -1;
    private SocketFile file;
    /** Nanoseconds a call may wait: -1 without limit (blocking), 0 not at all (non-blocking). */
    private volatile long timeout = -1;

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newSocket(PyObject type, PyObject[] args, String[] kwnames) {
        return type == TYPE ? new PySocket() : new PySocketDerived((PyType) type);
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = new PyObject[4];
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 4) {
            throw PyErr.typeError("socket() takes at most 4 arguments (%d given)", npos);
        }
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            int i = Arrays.asList(INIT_NAMES).indexOf(kwnames[k]);
            if (i < 0) {
                throw PyErr.typeError("socket() got an unexpected keyword argument '%s'", kwnames[k]);
            }
            a[i] = args[npos + k];
        }
        ((PySocket) self).open(intArg(a[0]), intArg(a[1]), intArg(a[2]), a[3]);
        return PyNone.NONE;
    }

    private static int intArg(PyObject o) {
        return o == null ? -1 : (int) Abstract.indexValue(o);
    }

    private void open(int family, int type, int proto, PyObject fileno) {
        SocketState state = SocketState.current();
        if (fileno != null && fileno != PyNone.NONE) {
            long n = Abstract.indexValue(fileno);
            if (n < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            SocketFile f = SocketState.lookup(n);
            if (f == null) {
                throw SocketErrors.errno(SocketErrors.EBADF);
            }
            this.file = f;
            this.fd = (int) n;
            this.family = f.family;
            this.type = f.type;
            this.proto = f.proto;
        } else {
            family = family == -1 ? SocketAddresses.AF_INET : family;
            type = type == -1 ? SocketModule.SOCK_STREAM : type;
            proto = proto == -1 ? 0 : proto;
            if (family != SocketAddresses.AF_INET && family != SocketAddresses.AF_INET6 && family != SocketAddresses.AF_UNIX) {
                throw SocketErrors.errno(SocketErrors.EAFNOSUPPORT);
            }
            int kind = type & ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
            if (kind != SocketModule.SOCK_STREAM && kind != SocketModule.SOCK_DGRAM) {
                throw SocketErrors.errno(94);
            }
            try {
                this.file = new SocketFile(family, kind, proto);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            }
            this.fd = state.add(file);
            this.family = family;
            this.type = kind;
            this.proto = proto;
            if ((type & SocketModule.SOCK_NONBLOCK) != 0) {
                this.timeout = 0;
                return;
            }
        }
        this.timeout = state.defaultTimeout;
    }

    private PyStr repr() {
        return PyStr.of(String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", fd, family, type, proto));
    }

    private SocketFile file() {
        SocketFile f = file;
        if (f == null) {
            throw SocketErrors.errno(SocketErrors.EBADF);
        }
        return f;
    }

    /** One attempt at an operation: its result, or null when it would block. */
    private interface Attempt<T> {
        T run() throws IOException;
    }

    /** Runs {@code attempt} until it completes, waiting for {@code op} readiness as the timeout allows. */
    private <T> T io(int op, Attempt<T> attempt) {
        SocketFile f = file();
        long limit = timeout;
        long deadline = limit > 0 ? System.nanoTime() + limit : 0;
        try {
            while (true) {
                T r = attempt.run();
                if (r != null) {
                    return r;
                }
                if (limit == 0) {
                    throw SocketErrors.errno(SocketErrors.EAGAIN);
                }
                long left = -1;
                if (limit > 0) {
                    left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw SocketErrors.timeout();
                    }
                }
                f.await(op, left);
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw SocketErrors.of(e);
        }
    }

    private NetworkChannel channel() {
        try {
            return file().channel();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    /** Completes a connection begun without waiting, recording its failure for {@code SO_ERROR}. */
    private void settle(SocketChannel s) {
        if (s.isConnectionPending()) {
            try {
                s.finishConnect();
            } catch (IOException e) {
                file().connectError = errnoOf(SocketErrors.of(e));
            }
        }
    }

    private static int errnoOf(PyException e) {
        PyObject n = Abstract.lookupAttr(e.value(), PyStr.of("errno"));
        return n instanceof PyInt ? (int) Abstract.indexValue(n) : SocketErrors.EIO;
    }

    @PyGetter(member = true)
    public PyObject family() {
        return PyInt.of(family);
    }

    @PyGetter(value = "type", member = true)
    public PyObject kind() {
        return PyInt.of(type);
    }

    @PyGetter(member = true)
    public PyObject proto() {
        return PyInt.of(proto);
    }

    @PyGetter("timeout")
    public PyObject timeoutValue() {
        return gettimeout();
    }

    @PyMethod("($self, /)")
    public PyObject gettimeout() {
        long t = timeout;
        return t < 0 ? PyNone.NONE : PyFloat.of(t / 1e9);
    }

    @PyMethod("($self, value, /)")
    public void settimeout(PyObject value) {
        timeout = SocketModule.timeoutNanos(value);
    }

    @PyMethod("($self, flag, /)")
    public void setblocking(PyObject flag) {
        timeout = Abstract.isTrue(flag) ? -1 : 0;
    }

    @PyMethod("($self, /)")
    public boolean getblocking() {
        return timeout != 0;
    }

    @PyMethod("($self, /)")
    public int fileno() {
        return fd;
    }

    @PyMethod("($self, /)")
    public void close() {
        SocketFile f = file;
        if (f == null) {
            return;
        }
        file = null;
        SocketState.current().remove(fd);
        fd = -1;
        try {
            f.release();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, /)")
    public int detach() {
        int n = fd;
        file = null;
        fd = -1;
        return n;
    }

    @PyMethod("($self, address, /)")
    public void bind(PyObject address) {
        SocketAddress a = SocketAddresses.parse(family, address, "bind");
        try {
            file().bind(a);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, backlog=<unrepresentable>, /)")
    public void listen(PyObject backlog) {
        if (backlog != null) {
            Abstract.indexValue(backlog);
        }
        if (type != SocketModule.SOCK_STREAM) {
            throw SocketErrors.errno(95);
        }
        try {
            file().listen();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, /)")
    public PyObject _accept() {
        SocketFile f = file();
        if (!(channel() instanceof ServerSocketChannel server) || !f.listening) {
            throw SocketErrors.errno(SocketErrors.EINVAL);
        }
        SocketChannel c = io(SelectionKey.OP_ACCEPT, server::accept);
        try {
            PyObject peer = SocketAddresses.make(c.getRemoteAddress());
            int n = SocketState.current().add(new SocketFile(family, type, proto, c));
            return PyTuple.of(PyInt.of(n), peer);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, address, /)")
    public void connect(PyObject address) {
        connectTo(SocketAddresses.parse(family, address, "connect"));
    }

    private void connectTo(SocketAddress a) {
        if (channel() instanceof DatagramChannel d) {
            try {
                d.connect(a);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            }
            return;
        }
        SocketChannel s;
        try {
            s = file().client();
            if (s.isConnected()) {
                throw SocketErrors.errno(SocketErrors.EISCONN);
            }
            if (s.isConnectionPending() ? s.finishConnect() : s.connect(a)) {
                return;
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw SocketErrors.of(e);
        }
        if (timeout == 0) {
            throw SocketErrors.errno(SocketErrors.EINPROGRESS);
        }
        io(SelectionKey.OP_CONNECT, () -> s.finishConnect() ? Boolean.TRUE : null);
    }

    @PyMethod("($self, address, /)")
    public int connect_ex(PyObject address) {
        SocketAddress a = SocketAddresses.parse(family, address, "connect_ex");
        try {
            connectTo(a);
            return 0;
        } catch (PyException e) {
            if (Abstract.isInstance(e.value(), PyExc.TimeoutError)) {
                return SocketErrors.EAGAIN;
            }
            if (Abstract.isInstance(e.value(), PyExc.OSError)) {
                return errnoOf(e);
            }
            throw e;
        }
    }

    @PyMethod("($self, /)")
    public PyObject getsockname() {
        try {
            NetworkChannel ch = channel();
            SocketAddress a = ch == null ? null : ch.getLocalAddress();
            return a == null ? SocketAddresses.unbound(family) : SocketAddresses.make(a);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, /)")
    public PyObject getpeername() {
        try {
            NetworkChannel ch = channel();
            SocketAddress a = null;
            if (ch instanceof SocketChannel s) {
                settle(s);
                a = s.getRemoteAddress();
            } else if (ch instanceof DatagramChannel d) {
                a = d.getRemoteAddress();
            }
            if (a == null) {
                throw SocketErrors.errno(SocketErrors.ENOTCONN);
            }
            return SocketAddresses.make(a);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    /** Reads into {@code buf}: the count (0 at end of stream), and for a datagram its sender in {@code from[0]}. */
    private int receive(ByteBuffer buf, SocketAddress[] from) {
        NetworkChannel ch = channel();
        if (ch instanceof DatagramChannel d) {
            SocketAddress sender = io(SelectionKey.OP_READ, () -> d.receive(buf));
            if (from != null) {
                from[0] = sender;
            }
            return buf.position();
        }
        if (!(ch instanceof SocketChannel s)) {
            throw SocketErrors.errno(SocketErrors.ENOTCONN);
        }
        settle(s);
        if (!buf.hasRemaining()) {
            return 0;
        }
        return io(SelectionKey.OP_READ, () -> {
            int r = s.read(buf);
            return r == 0 ? null : Math.max(r, 0);
        });
    }

    private static int size(PyObject n, String caller) {
        long v = Abstract.indexValue(n);
        if (v < 0) {
            throw PyErr.valueError("negative buffersize in %s", caller);
        }
        if (v > Integer.MAX_VALUE - 8) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (int) v;
    }

    private static PyBytes bytesOf(ByteBuffer buf, int n) {
        return new PyBytes(n == buf.capacity() ? buf.array() : Arrays.copyOf(buf.array(), n));
    }

    @PyMethod("($self, bufsize, flags=0, /)")
    public PyObject recv(PyObject bufsize, PyObject flags) {
        ByteBuffer buf = ByteBuffer.allocate(size(bufsize, "recv"));
        return bytesOf(buf, receive(buf, null));
    }

    @PyMethod("($self, bufsize, flags=0, /)")
    public PyObject recvfrom(PyObject bufsize, PyObject flags) {
        ByteBuffer buf = ByteBuffer.allocate(size(bufsize, "recvfrom"));
        SocketAddress[] from = new SocketAddress[1];
        int n = receive(buf, from);
        return PyTuple.of(bytesOf(buf, n), SocketAddresses.make(from[0]));
    }

    private int receiveInto(PyObject buffer, PyObject nbytes, SocketAddress[] from, String caller) {
        int room = Buffers.writableLength(buffer);
        if (room < 0) {
            throw PyErr.typeError("%s() argument 1 must be read-write bytes-like object, not %s", caller, PyErr.typeName(buffer));
        }
        int n = nbytes == null ? 0 : (int) Abstract.indexValue(nbytes);
        if (n < 0) {
            throw PyErr.valueError("negative buffersize in %s", caller);
        }
        if (n > room) {
            throw PyErr.valueError("buffer too small for requested bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate(n == 0 ? room : n);
        int got = receive(buf, from);
        Buffers.write(buffer, 0, Arrays.copyOf(buf.array(), got));
        return got;
    }

    @PyMethod("($self, buffer, nbytes=0, flags=0)")
    public int recv_into(PyObject buffer, PyObject nbytes, PyObject flags) {
        return receiveInto(buffer, nbytes, null, "recv_into");
    }

    @PyMethod("($self, buffer, nbytes=0, flags=0)")
    public PyObject recvfrom_into(PyObject buffer, PyObject nbytes, PyObject flags) {
        SocketAddress[] from = new SocketAddress[1];
        int n = receiveInto(buffer, nbytes, from, "recvfrom_into");
        return PyTuple.of(PyInt.of(n), SocketAddresses.make(from[0]));
    }

    /** Writes from {@code buf}: at least one byte, or (when {@code all}) every byte. */
    private int transmit(ByteBuffer buf, boolean all) {
        NetworkChannel ch = channel();
        if (ch instanceof DatagramChannel d) {
            if (!d.isConnected()) {
                throw SocketErrors.errno(SocketErrors.EDESTADDRREQ);
            }
            return io(SelectionKey.OP_WRITE, () -> {
                int w = d.write(buf);
                return w == 0 && buf.hasRemaining() ? null : w;
            });
        }
        if (!(ch instanceof SocketChannel s) || !s.isConnected() && !s.isConnectionPending()) {
            throw SocketErrors.errno(SocketErrors.EPIPE);
        }
        settle(s);
        int start = buf.position();
        return io(SelectionKey.OP_WRITE, () -> {
            int w = s.write(buf);
            if (all ? buf.hasRemaining() : w == 0 && buf.hasRemaining()) {
                return null;
            }
            return buf.position() - start;
        });
    }

    @PyMethod("($self, data, flags=0, /)")
    public int send(PyObject data, PyObject flags) {
        return transmit(ByteBuffer.wrap(Buffers.read(data)), false);
    }

    @PyMethod("($self, data, flags=0, /)")
    public void sendall(PyObject data, PyObject flags) {
        transmit(ByteBuffer.wrap(Buffers.read(data)), true);
    }

    @PyMethod("($self, data, flags_or_address, address=<unrepresentable>, /)")
    public int sendto(PyObject data, PyObject flagsOrAddress, PyObject address) {
        PyObject target = address == null ? flagsOrAddress : address;
        ByteBuffer buf = ByteBuffer.wrap(Buffers.read(data));
        SocketAddress a = SocketAddresses.parse(family, target, "sendto");
        if (!(channel() instanceof DatagramChannel d)) {
            return transmit(buf, false);
        }
        return io(SelectionKey.OP_WRITE, () -> {
            int w = d.send(buf, a);
            return w == 0 && buf.hasRemaining() ? null : w;
        });
    }

    @PyMethod("($self, how, /)")
    public void shutdown(PyObject how) {
        long h = Abstract.indexValue(how);
        if (!(channel() instanceof SocketChannel s) || !s.isConnected()) {
            throw SocketErrors.errno(SocketErrors.ENOTCONN);
        }
        if (h < 0 || h > 2) {
            throw SocketErrors.errno(SocketErrors.EINVAL);
        }
        try {
            if (h != 1) {
                s.shutdownInput();
            }
            if (h != 0) {
                s.shutdownOutput();
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($self, level, optname, value, optlen=<unrepresentable>, /)")
    public void setsockopt(PyObject level, PyObject optname, PyObject value, PyObject optlen) {
        SocketOption<Object> o = SocketOptions.option((int) Abstract.indexValue(level), (int) Abstract.indexValue(optname));
        try {
            if (o == null) {
                if (SocketOptions.isDualStackRequest(level, optname, value)) {
                    return;
                }
                throw SocketErrors.errno(SocketErrors.ENOPROTOOPT);
            }
            file().setOption(o, SocketOptions.javaValue(o, value));
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw SocketErrors.errno(SocketErrors.ENOPROTOOPT);
        }
    }

    @PyMethod("($self, level, optname, buflen=<unrepresentable>, /)")
    public PyObject getsockopt(PyObject level, PyObject optname, PyObject buflen) {
        int lv = (int) Abstract.indexValue(level);
        int name = (int) Abstract.indexValue(optname);
        SocketFile f = file();
        long v;
        if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_TYPE) {
            v = type;
        } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_ERROR) {
            if (channel() instanceof SocketChannel s) {
                settle(s);
            }
            v = f.connectError;
            f.connectError = 0;
        } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_ACCEPTCONN) {
            v = f.listening ? 1 : 0;
        } else if (SocketOptions.isDualStackQuery(lv, name)) {
            v = 0;
        } else {
            SocketOption<Object> o = SocketOptions.option(lv, name);
            if (o == null) {
                throw SocketErrors.errno(SocketErrors.ENOPROTOOPT);
            }
            try {
                v = SocketOptions.pythonValue(f.getOption(o));
            } catch (IOException e) {
                throw SocketErrors.of(e);
            }
        }
        return buflen == null ? PyInt.of(v) : SocketOptions.packed(v, buflen);
    }
}
