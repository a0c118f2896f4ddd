package org.sanca.runtime.modules._socket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _socket} module ({@code Modules/socketmodule.c}): the socket type, Linux's
 * constants, name and address conversions over {@link InetAddress}, and the exceptions.
 */
public final class SocketModule implements NativeModule {
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;
    static final int SOMAXCONN = 4096;
    private static final int AI_PASSIVE = 1;
    private static final int AI_CANONNAME = 2;
    private static final int AI_NUMERICHOST = 4;
    private static final int NI_NUMERICHOST = 1;
    private static final int NI_NUMERICSERV = 2;
    private static final int NI_NAMEREQD = 8;
    private static final int NI_DGRAM = 16;

    /** The instance {@link java.util.ServiceLoader} makes. */
    public SocketModule() {
    }

    @Override
    public String name() {
        return "_socket";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, SocketModule.class);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SocketModule.class.getResourceAsStream("constants.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int sp = line.indexOf(' ');
                d.setItem(PyStr.of(line.substring(0, sp)), PyInt.of(Long.parseLong(line.substring(sp + 1))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        d.setItem(PyStr.of("socket"), PySocket.TYPE);
        d.setItem(PyStr.of("SocketType"), PySocket.TYPE);
        d.setItem(PyStr.of("error"), PyExc.OSError);
        d.setItem(PyStr.of("timeout"), PyExc.TimeoutError);
        d.setItem(PyStr.of("herror"), SocketErrors.newClass("herror"));
        d.setItem(PyStr.of("gaierror"), SocketErrors.newClass("gaierror"));
        d.setItem(PyStr.of("has_ipv6"), PyBool.TRUE);
    }

    /** A timeout argument in nanoseconds, -1 for None ({@code socket_parse_timeout}). */
    static long timeoutNanos(PyObject value) {
        if (value == PyNone.NONE) {
            return -1;
        }
        double seconds = value instanceof PyFloat ? FloatSlots.asDouble(value) : Abstract.indexValue(value);
        if (Double.isNaN(seconds)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (seconds < 0) {
            throw PyErr.valueError("Timeout value out of range");
        }
        return (long) Math.ceil(seconds * 1e9);
    }

    @PyMethod("($module, /)")
    public static PyObject getdefaulttimeout() {
        long t = SocketState.current().defaultTimeout;
        return t < 0 ? PyNone.NONE : PyFloat.of(t / 1e9);
    }

    @PyMethod("($module, timeout, /)")
    public static void setdefaulttimeout(PyObject timeout) {
        SocketState.current().defaultTimeout = timeoutNanos(timeout);
    }

    @PyMethod("($module, fd, /)")
    public static int dup(PyObject fd) {
        SocketFile f = SocketState.lookup(Abstract.indexValue(fd));
        if (f == null) {
            throw SocketErrors.errno(SocketErrors.EBADF);
        }
        f.retain();
        return SocketState.current().add(f);
    }

    @PyMethod("($module, fd, /)")
    public static void close(PyObject fd) {
        long n = Abstract.indexValue(fd);
        SocketFile f = SocketState.lookup(n);
        if (f == null) {
            throw SocketErrors.errno(SocketErrors.EBADF);
        }
        SocketState.current().remove((int) n);
        try {
            f.release();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    @PyMethod("($module, /)")
    public static PyObject gethostname() {
        try {
            return PyStr.of(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
        } catch (IOException e) {
            try {
                return PyStr.of(InetAddress.getLocalHost().getHostName());
            } catch (UnknownHostException u) {
                return PyStr.of("localhost");
            }
        }
    }

    @PyMethod("($module, hostname, /)")
    public static PyObject gethostbyname(PyObject hostname) {
        String host = PyStr.arg(hostname, "gethostbyname() argument 1");
        return PyStr.of(SocketAddresses.text(SocketAddresses.resolve(host, SocketAddresses.AF_INET)));
    }

    @PyMethod("($module, hostname, /)")
    public static PyObject gethostbyname_ex(PyObject hostname) {
        String host = PyStr.arg(hostname, "gethostbyname_ex() argument 1");
        List<PyObject> ips = new ArrayList<>();
        for (InetAddress a : addresses(host, SocketAddresses.AF_INET)) {
            ips.add(PyStr.of(SocketAddresses.text(a)));
        }
        return PyTuple.of(PyStr.of(host), new PyList(), new PyList(ips.toArray(new PyObject[0])));
    }

    @PyMethod("($module, ip_address, /)")
    public static PyObject gethostbyaddr(PyObject ipAddress) {
        String host = PyStr.arg(ipAddress, "gethostbyaddr() argument 1");
        InetAddress a = SocketAddresses.resolve(host, host.contains(":") ? SocketAddresses.AF_INET6 : SocketAddresses.AF_INET);
        String name = a.getCanonicalHostName();
        if (name.equals(a.getHostAddress())) {
            throw SocketErrors.herror(1, "Unknown host");
        }
        return PyTuple.of(PyStr.of(name), new PyList(), new PyList(new PyObject[] {PyStr.of(SocketAddresses.text(a))}));
    }

    /** The addresses {@code host} resolves to in {@code family} (0: any), None meaning the local or any address. */
    private static List<InetAddress> addresses(String host, int family) {
        List<InetAddress> out = new ArrayList<>();
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (family == 0 || (family == SocketAddresses.AF_INET) == (a instanceof Inet4Address)) {
                    out.add(a);
                }
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME, "Name or service not known");
        }
        if (out.isEmpty()) {
            throw SocketErrors.gaierror(-9, "Address family for hostname not supported");
        }
        return out;
    }

    @PyMethod("($module, host, port, family=0, type=0, proto=0, flags=0)")
    public static PyObject getaddrinfo(PyObject host, PyObject port, PyObject family, PyObject type, PyObject proto,
                                       PyObject flags) {
        int fam = (int) Abstract.indexValue(family);
        int kind = (int) Abstract.indexValue(type);
        int pr = (int) Abstract.indexValue(proto);
        int fl = (int) Abstract.indexValue(flags);
        int portNumber = portArg(port, kind);
        List<InetAddress> addrs;
        if (host == PyNone.NONE) {
            addrs = wildcard(fam, (fl & AI_PASSIVE) != 0);
        } else {
            String name = SocketAddresses.hostArg(host);
            if ((fl & AI_NUMERICHOST) != 0 && !isNumeric(name)) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME, "Name or service not known");
            }
            addrs = addresses(name, fam == SocketAddresses.AF_INET6 ? SocketAddresses.AF_INET6 : fam);
        }
        PyStr canon = PyStr.of("");
        if ((fl & AI_CANONNAME) != 0 && host != PyNone.NONE) {
            canon = PyStr.of(addrs.get(0).getCanonicalHostName());
        }
        List<PyObject> out = new ArrayList<>();
        int[][] kinds = {{SOCK_STREAM, 6}, {SOCK_DGRAM, 17}, {3, 0}};
        for (InetAddress a : addrs) {
            for (int[] k : kinds) {
                if (kind != 0 ? k[0] != kind : pr != 0 && k[1] != pr) {
                    continue;
                }
                int af = a instanceof Inet6Address ? SocketAddresses.AF_INET6 : SocketAddresses.AF_INET;
                out.add(PyTuple.of(PyInt.of(af), PyInt.of(k[0]), PyInt.of(pr != 0 ? pr : k[1]), canon,
                        SocketAddresses.make(new java.net.InetSocketAddress(a, portNumber))));
                canon = PyStr.of("");
            }
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static boolean isNumeric(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static List<InetAddress> wildcard(int family, boolean passive) {
        try {
            List<InetAddress> out = new ArrayList<>();
            if (family != SocketAddresses.AF_INET6) {
                out.add(InetAddress.getByAddress(passive ? new byte[4] : new byte[] {127, 0, 0, 1}));
            }
            if (family != SocketAddresses.AF_INET) {
                byte[] v6 = new byte[16];
                v6[15] = (byte) (passive ? 0 : 1);
                out.add(InetAddress.getByAddress(v6));
            }
            return out;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int portArg(PyObject port, int kind) {
        if (port == PyNone.NONE) {
            return 0;
        }
        if (port instanceof PyInt) {
            return (int) Abstract.indexValue(port);
        }
        if (port instanceof PyStr || port instanceof PyBytes) {
            String s = SocketAddresses.hostArg(port);
            if (s.matches("[0-9]+")) {
                return Integer.parseInt(s);
            }
            Integer n = Services.port(s, kind == SOCK_DGRAM ? "udp" : "tcp");
            if (n == null) {
                throw SocketErrors.gaierror(-8, "Servname not supported for ai_socktype");
            }
            return n;
        }
        throw PyErr.format(PyExc.OSError, "Int or String expected");
    }

    @PyMethod("($module, sockaddr, flags, /)")
    public static PyObject getnameinfo(PyObject sockaddr, PyObject flags) {
        if (!(sockaddr instanceof PyTuple t) || t.size() < 2) {
            throw PyErr.typeError("getnameinfo() argument 1 must be a tuple");
        }
        int fl = (int) Abstract.indexValue(flags);
        String hostText = PyStr.arg(t.get(0), "getnameinfo() argument 1");
        int port = (int) Abstract.indexValue(t.get(1));
        InetAddress a = SocketAddresses.resolve(hostText, hostText.contains(":") ? SocketAddresses.AF_INET6 : SocketAddresses.AF_INET);
        String host = SocketAddresses.text(a);
        if ((fl & NI_NUMERICHOST) == 0) {
            String name = a.getCanonicalHostName();
            if (name.equals(a.getHostAddress()) && (fl & NI_NAMEREQD) != 0) {
                throw SocketErrors.gaierror(SocketErrors.EAI_NONAME, "Name or service not known");
            }
            host = name.equals(a.getHostAddress()) ? host : name;
        }
        String service = null;
        if ((fl & NI_NUMERICSERV) == 0) {
            service = Services.name(port, (fl & NI_DGRAM) != 0 ? "udp" : "tcp");
        }
        return PyTuple.of(PyStr.of(host), PyStr.of(service != null ? service : Integer.toString(port)));
    }

    @PyMethod("($module, servicename, protocolname=<unrepresentable>, /)")
    public static int getservbyname(PyObject servicename, PyObject protocolname) {
        String name = PyStr.arg(servicename, "getservbyname() argument 1");
        String proto = protocolname == null ? null : PyStr.arg(protocolname, "getservbyname() argument 2");
        Integer n = Services.port(name, proto);
        if (n == null) {
            throw PyErr.format(PyExc.OSError, "service/proto not found");
        }
        return n;
    }

    @PyMethod("($module, port, protocolname=<unrepresentable>, /)")
    public static PyObject getservbyport(PyObject port, PyObject protocolname) {
        long p = Abstract.indexValue(port);
        if (p < 0 || p > 65535) {
            throw PyErr.format(PyExc.OverflowError, "getservbyport: port must be 0-65535.");
        }
        String proto = protocolname == null ? null : PyStr.arg(protocolname, "getservbyport() argument 2");
        String name = Services.name((int) p, proto);
        if (name == null) {
            throw PyErr.format(PyExc.OSError, "port/proto not found");
        }
        return PyStr.of(name);
    }

    @PyMethod("($module, ip_string, /)")
    public static PyObject inet_aton(PyObject ipString) {
        byte[] b = Inet.aton(PyStr.arg(ipString, "inet_aton() argument 1"));
        if (b == null) {
            throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_aton");
        }
        return new PyBytes(b);
    }

    @PyMethod("($module, packed_ip, /)")
    public static PyObject inet_ntoa(PyObject packedIp) {
        byte[] b = Buffers.read(packedIp);
        if (b.length != 4) {
            throw PyErr.format(PyExc.OSError, "packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(SocketAddresses.text(b));
    }

    @PyMethod("($module, address_family, ip_string, /)")
    public static PyObject inet_pton(PyObject family, PyObject ipString) {
        int af = (int) Abstract.indexValue(family);
        String s = PyStr.arg(ipString, "inet_pton() argument 2");
        byte[] b;
        if (af == SocketAddresses.AF_INET) {
            b = Inet.pton4(s);
        } else if (af == SocketAddresses.AF_INET6) {
            b = Inet.pton6(s);
        } else {
            throw SocketErrors.errno(SocketErrors.EAFNOSUPPORT);
        }
        if (b == null) {
            throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_pton");
        }
        return new PyBytes(b);
    }

    @PyMethod("($module, address_family, packed_ip, /)")
    public static PyObject inet_ntop(PyObject family, PyObject packedIp) {
        int af = (int) Abstract.indexValue(family);
        byte[] b = Buffers.read(packedIp);
        if (af != SocketAddresses.AF_INET && af != SocketAddresses.AF_INET6) {
            throw PyErr.valueError("unknown address family %d", af);
        }
        if (b.length != (af == SocketAddresses.AF_INET ? 4 : 16)) {
            throw PyErr.valueError("invalid length of packed IP address string");
        }
        return PyStr.of(SocketAddresses.text(b));
    }

    private static long unsigned(PyObject x, String name, int bits) {
        if (!(x instanceof PyInt)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(x));
        }
        PyInt i = Abstract.index(x);
        if (i.bigValue().signum() < 0) {
            throw PyErr.format(PyExc.OverflowError, "%s: can't convert negative Python int to C %d-bit unsigned integer", name, bits);
        }
        if (i.bigValue().bitLength() > bits) {
            throw PyErr.format(PyExc.OverflowError, "%s: Python int too large to convert to C %d-bit unsigned integer", name, bits);
        }
        return i.bigValue().longValue();
    }

    @PyMethod("($module, x, /)")
    public static int htons(PyObject x) {
        return Short.reverseBytes((short) unsigned(x, "htons", 16)) & 0xffff;
    }

    @PyMethod("($module, x, /)")
    public static int ntohs(PyObject x) {
        return Short.reverseBytes((short) unsigned(x, "ntohs", 16)) & 0xffff;
    }

    @PyMethod("($module, x, /)")
    public static long htonl(PyObject x) {
        return Integer.reverseBytes((int) unsigned(x, "htonl", 32)) & 0xffffffffL;
    }

    @PyMethod("($module, x, /)")
    public static long ntohl(PyObject x) {
        return Integer.reverseBytes((int) unsigned(x, "ntohl", 32)) & 0xffffffffL;
    }
}
