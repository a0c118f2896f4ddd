package org.sanca.runtime.modules._socket;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

import org.sanca.runtime.modules.ModuleErrors;
import org.sanca.runtime.modules.posix.Errno;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.ModuleImport;

/**
 * The exceptions a socket operation raises ({@code set_error}, {@code set_gaierror} and the
 * timeout error of {@code Modules/socketmodule.c}): a Java network failure becomes the
 * {@code OSError} subclass of the errno the system reported, recognised by its reason text.
 */
final class SocketErrors {
    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    static final int EDESTADDRREQ = 89;
    static final int ENOPROTOOPT = 92;
    static final int EAFNOSUPPORT = 97;
    static final int ECONNRESET = 104;
    static final int EISCONN = 106;
    static final int ENOTCONN = 107;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;
    static final int EIO = 5;

    static final int EAI_NONAME = -2;

    /** The errnos a failed network call reports, matched against the reason Java gives. */
    private static final int[] BY_REASON = {111, 104, 32, 98, 99, 101, 113, 110, 103, 13, 107, 22, 97, 106};

    private SocketErrors() {
    }

    static PyException errno(int code) {
        return Errno.error(code, null);
    }

    /** {@code TimeoutError: timed out}, what an operation past the socket's timeout raises. */
    static PyException timeout() {
        return PyErr.format(PyExc.TimeoutError, "timed out");
    }

    /** {@code socket.gaierror(code, text)}: an address that does not resolve. */
    static PyException gaierror(int code, String text) {
        return raise("gaierror", PyInt.of(code), PyStr.of(text));
    }

    /** {@code socket.herror(code, text)}: a host lookup by address that failed. */
    static PyException herror(int code, String text) {
        return raise("herror", PyInt.of(code), PyStr.of(text));
    }

    private static PyException raise(String cls, PyObject... args) {
        PyObject type = Abstract.getAttr(ModuleImport.importModule("_socket"), PyStr.of(cls));
        return ((PyBaseException) Abstract.call(type, args)).toJava();
    }

    /** The Python exception a Java I/O failure on a socket stands for. */
    static PyException of(IOException e) {
        if (e instanceof ClosedChannelException || e instanceof AsynchronousCloseException) {
            return errno(EBADF);
        }
        if (e instanceof UnknownHostException) {
            return gaierror(EAI_NONAME, "Name or service not known");
        }
        String reason = e.getMessage();
        if (reason != null) {
            if (reason.startsWith("Connection reset")) {
                return errno(ECONNRESET);
            }
            for (int code : BY_REASON) {
                if (reason.contains(Errno.strerror(code))) {
                    return errno(code);
                }
            }
        }
        return errno(EIO);
    }

    /** The Python exception for the unchecked exceptions java.nio channels throw for misuse. */
    static PyException of(RuntimeException e) {
        if (e instanceof NotYetConnectedException) {
            return errno(ENOTCONN);
        }
        if (e instanceof AlreadyConnectedException) {
            return errno(EISCONN);
        }
        if (e instanceof ConnectionPendingException) {
            return errno(EALREADY);
        }
        if (e instanceof AlreadyBoundException || e instanceof NotYetBoundException) {
            return errno(EINVAL);
        }
        if (e instanceof UnresolvedAddressException) {
            return gaierror(EAI_NONAME, "Name or service not known");
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return errno(EAFNOSUPPORT);
        }
        if (e instanceof PyException p) {
            return p;
        }
        throw e;
    }

    /** The module's own exception classes, made for each interpreter's {@code _socket}. */
    static PyObject newClass(String name) {
        return ModuleErrors.newClass("socket", name, PyExc.OSError);
    }
}
