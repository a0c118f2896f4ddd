package org.sanca.runtime.modules._socket;

import java.net.SocketOption;
import java.net.StandardSocketOptions;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;

/**
 * The socket options {@code setsockopt}/{@code getsockopt} know: Linux's (level, name) pairs
 * mapped to java.net's options, values converted between Python ints and Java's Boolean or
 * Integer. Java sockets of AF_INET6 always accept IPv4 too, so only clearing IPV6_V6ONLY is met.
 */
final class SocketOptions {
    static final int SOL_SOCKET = 1;
    static final int SO_TYPE = 3;
    static final int SO_ERROR = 4;
    static final int SO_ACCEPTCONN = 30;
    private static final int IPPROTO_IP = 0;
    private static final int IPPROTO_TCP = 6;
    private static final int IPPROTO_IPV6 = 41;
    private static final int IPV6_V6ONLY = 26;

    private SocketOptions() {
    }

    /** The Java option for {@code (level, name)}, or null when there is none. */
    static SocketOption<Object> option(int level, int name) {
        SocketOption<?> o = switch (level) {
            case SOL_SOCKET -> switch (name) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 13 -> StandardSocketOptions.SO_LINGER;
                default -> null;
            };
            case IPPROTO_TCP -> name == 1 ? StandardSocketOptions.TCP_NODELAY : null;
            case IPPROTO_IP -> switch (name) {
                case 1 -> StandardSocketOptions.IP_TOS;
                case 33 -> StandardSocketOptions.IP_MULTICAST_TTL;
                case 34 -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
            default -> null;
        };
        return o == null ? null : SocketFile.option(o);
    }

    /** The Java value of Python option value {@code v} (an int, or for SO_LINGER a packed struct linger). */
    static Object javaValue(SocketOption<Object> o, PyObject v) {
        if ((Object) o == StandardSocketOptions.SO_LINGER) {
            byte[] b = Buffers.readOrNull(v);
            if (b != null) {
                if (b.length < 8) {
                    throw PyErr.valueError("invalid argument");
                }
                return word(b, 0) != 0 ? word(b, 4) : -1;
            }
            long n = Abstract.indexValue(v);
            return n != 0 ? (int) n : -1;
        }
        long n = Abstract.indexValue(v);
        if ((Object) o.type() == Boolean.class) {
            return n != 0;
        }
        return (int) n;
    }

    private static int word(byte[] b, int at) {
        return b[at] & 255 | (b[at + 1] & 255) << 8 | (b[at + 2] & 255) << 16 | b[at + 3] << 24;
    }

    /** The int {@code getsockopt} reports for a Java option value (unset booleans are off). */
    static long pythonValue(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Integer i) {
            return i;
        }
        return 0;
    }

    /** {@code getsockopt} with a buffer length: the value as native-endian int bytes. */
    static PyObject packed(long v, PyObject buflen) {
        long n = Abstract.indexValue(buflen);
        if (n <= 0 || n > 1024) {
            throw SocketErrors.errno(SocketErrors.EINVAL);
        }
        byte[] b = new byte[(int) Math.min(n, 4)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (v >> (8 * i));
        }
        return new PyBytes(b);
    }

    static boolean isDualStackRequest(PyObject level, PyObject name, PyObject value) {
        return isDualStackQuery((int) Abstract.indexValue(level), (int) Abstract.indexValue(name))
                && Abstract.indexValue(value) == 0;
    }

    static boolean isDualStackQuery(int level, int name) {
        return level == IPPROTO_IPV6 && name == IPV6_V6ONLY;
    }
}
