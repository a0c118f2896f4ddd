package org.sanca.runtime.modules._socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyByteArray;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * Socket addresses between their Python forms and Java's ({@code getsockaddrarg} and
 * {@code makesockaddr} of {@code Modules/socketmodule.c}): {@code (host, port)} for AF_INET,
 * {@code (host, port, flowinfo, scope_id)} for AF_INET6, a path for AF_UNIX.
 */
final class SocketAddresses {
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    private SocketAddresses() {
    }

    /** The Java address of Python address {@code addr} of family {@code family}, for method {@code caller}. */
    static SocketAddress parse(int family, PyObject addr, String caller) {
        if (family == AF_UNIX) {
            return unixAddress(addr);
        }
        String familyName = family == AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) {
            throw PyErr.typeError("%s(): %s address must be tuple, not %s", caller, familyName, PyErr.typeName(addr));
        }
        int n = t.size();
        if (family == AF_INET ? n != 2 : n < 2 || n > 4) {
            throw PyErr.typeError(family == AF_INET ? "AF_INET address must be a pair (host, port)"
                    : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        String host = hostArg(t.get(0));
        long port = Abstract.indexValue(t.get(1));
        if (port < 0 || port > 65535) {
            throw PyErr.format(PyExc.OverflowError, "%s(): port must be 0-65535.", caller);
        }
        return new InetSocketAddress(resolve(host, family), (int) port);
    }

    private static SocketAddress unixAddress(PyObject addr) {
        String path;
        if (addr instanceof PyStr s) {
            path = s.value();
        } else if (addr instanceof PyBytes || addr instanceof PyByteArray) {
            path = new String(Buffers.read(addr), StandardCharsets.UTF_8);
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(addr));
        }
        return UnixDomainSocketAddress.of(path);
    }

    /** A host argument: str, bytes or bytearray. */
    static String hostArg(PyObject host) {
        if (host instanceof PyStr s) {
            return s.value();
        }
        if (host instanceof PyBytes || host instanceof PyByteArray) {
            return new String(Buffers.read(host), StandardCharsets.ISO_8859_1);
        }
        throw PyErr.typeError("str, bytes or bytearray expected, not %s", PyErr.typeName(host));
    }

    /** The address {@code host} names in {@code family}: '' is any address, '<broadcast>' the broadcast one. */
    static InetAddress resolve(String host, int family) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByAddress(new byte[family == AF_INET6 ? 16 : 4]);
            }
            if (host.equals("<broadcast>") && family == AF_INET) {
                return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
            }
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (family == AF_INET ? a instanceof Inet4Address : a instanceof Inet6Address) {
                    return a;
                }
            }
            if (family == AF_INET6) {
                byte[] v4 = InetAddress.getByName(host).getAddress();
                byte[] mapped = new byte[16];
                mapped[10] = -1;
                mapped[11] = -1;
                System.arraycopy(v4, 0, mapped, 12, 4);
                return InetAddress.getByAddress(mapped);
            }
            throw SocketErrors.gaierror(-9, "Address family for hostname not supported");
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME, "Name or service not known");
        }
    }

    /** The Python form of a Java socket address (None when there is none). */
    static PyObject make(SocketAddress a) {
        if (a instanceof InetSocketAddress i) {
            InetAddress ip = i.getAddress();
            PyStr host = PyStr.of(text(ip));
            if (ip instanceof Inet6Address v6) {
                return PyTuple.of(host, PyInt.of(i.getPort()), PyInt.of(0), PyInt.of(v6.getScopeId()));
            }
            return PyTuple.of(host, PyInt.of(i.getPort()));
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return PyStr.of(u.getPath().toString());
        }
        return PyNone.NONE;
    }

    /** The address a socket of {@code family} reports before it is bound. */
    static PyObject unbound(int family) {
        if (family == AF_INET6) {
            return PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0));
        }
        if (family == AF_UNIX) {
            return PyStr.of("");
        }
        return PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
    }

    /** An address as {@code inet_ntop} writes it. */
    static String text(InetAddress ip) {
        return text(ip.getAddress());
    }

    static String text(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255);
        }
        return ipv6Text(b);
    }

    /** RFC 5952 text: lower-case hex groups, the longest run (two or more) of zero groups as '::'. */
    private static String ipv6Text(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 255) << 8 | b[2 * i + 1] & 255;
        }
        boolean v4Tail = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0
                && (g[5] == 0xffff || g[5] == 0 && g[6] != 0);
        int groups = v4Tail ? 6 : 8;
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < groups; ) {
            int j = i;
            while (j < groups && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < groups; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        if (v4Tail) {
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(b[12] & 255).append('.').append(b[13] & 255).append('.').append(b[14] & 255).append('.').append(b[15] & 255);
        }
        return s.toString();
    }
}
