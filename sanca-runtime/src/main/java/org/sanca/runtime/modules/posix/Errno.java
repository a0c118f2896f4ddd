package org.sanca.runtime.modules.posix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Linux error numbers, their names and {@code strerror} texts (the facts behind CPython's
 * {@code errno} module and {@code os.strerror}), read from {@code errno.txt}, and the
 * {@code OSError} a failed system call raises: the subclass chosen by errno, with
 * {@code errno}, {@code strerror} and the file names involved.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int EFAULT = 14;
    public static final int ESPIPE = 29;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ECHILD = 10;

    /** Each known name with its number, canonical names before aliases. */
    static final List<Map.Entry<String, Integer>> NAMES = new ArrayList<>();
    private static final Map<Integer, String> CANONICAL = new HashMap<>();
    private static final Map<Integer, String> MESSAGES = new HashMap<>();
    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    static {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Errno.class.getResourceAsStream("errno.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ", 3);
                int code = Integer.parseInt(f[0]);
                NAMES.add(Map.entry(f[1], code));
                CANONICAL.putIfAbsent(code, f[1]);
                MESSAGES.putIfAbsent(code, f[2]);
                BY_MESSAGE.putIfAbsent(f[2], code);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Errno() {
    }

    /** The canonical name of {@code code} ({@code errno.errorcode}), or null. */
    static String name(int code) {
        return CANONICAL.get(code);
    }

    /** {@code os.strerror(code)}. */
    public static String strerror(int code) {
        String m = MESSAGES.get(code);
        return m != null ? m : "Unknown error " + code;
    }

    /** The OSError for {@code code} about {@code filename} (null when no file is involved). */
    public static PyException error(int code, PyObject filename) {
        return error(code, filename, null);
    }

    /** The OSError for {@code code} about {@code filename} and {@code filename2} ({@code rename}). */
    public static PyException error(int code, PyObject filename, PyObject filename2) {
        PyObject[] args;
        if (filename2 != null) {
            args = new PyObject[] {PyInt.of(code), PyStr.of(strerror(code)), filename, PyNone.NONE, filename2};
        } else if (filename != null) {
            args = new PyObject[] {PyInt.of(code), PyStr.of(strerror(code)), filename};
        } else {
            args = new PyObject[] {PyInt.of(code), PyStr.of(strerror(code))};
        }
        return ((PyBaseException) Abstract.call(PyExc.OSError, args)).toJava();
    }

    /** The OSError a Java I/O failure stands for. */
    public static PyException fromIO(IOException e, PyObject filename) {
        return fromIO(e, filename, null);
    }

    public static PyException fromIO(IOException e, PyObject filename, PyObject filename2) {
        return error(code(e), filename, filename2);
    }

    /** The errno a Java I/O failure stands for: by its class, else by the system's reason text. */
    static int code(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            for (Map.Entry<String, Integer> m : BY_MESSAGE.entrySet()) {
                if (reason.contains(m.getKey())) {
                    return m.getValue();
                }
            }
        }
        return EINVAL;
    }
}
