package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * The file-descriptor functions of {@code posix} ({@code open}, {@code read}, {@code write},
 * {@code lseek}, {@code close}, {@code fstat}...) over the interpreter's descriptor table, with
 * Linux's {@code O_*} flag values.
 */
final class PosixFiles {
    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_NOCTTY = 0400;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;
    static final int O_NONBLOCK = 04000;
    static final int O_DSYNC = 010000;
    static final int O_DIRECTORY = 0200000;
    static final int O_NOFOLLOW = 0400000;
    static final int O_CLOEXEC = 02000000;
    static final int O_SYNC = 04010000;

    private PosixFiles() {
    }

    /** urandom's source, made on first use: setting up its providers would cost every {@code import os}. */
    private static final class Urandom {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    static void constants(PyDict d) {
        Object[][] c = {
            {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_ACCMODE", 3}, {"O_CREAT", O_CREAT},
            {"O_EXCL", O_EXCL}, {"O_NOCTTY", O_NOCTTY}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND},
            {"O_NONBLOCK", O_NONBLOCK}, {"O_NDELAY", O_NONBLOCK}, {"O_DSYNC", O_DSYNC}, {"O_SYNC", O_SYNC},
            {"O_RSYNC", O_SYNC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_CLOEXEC", O_CLOEXEC},
            {"O_ASYNC", 020000}, {"O_LARGEFILE", 0}, {"O_NOATIME", 01000000}, {"O_PATH", 010000000},
            {"O_TMPFILE", 020200000}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"SEEK_DATA", 3},
            {"SEEK_HOLE", 4}, {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
        };
        for (Object[] e : c) {
            d.setItem(PyStr.of((String) e[0]), PyInt.of((Integer) e[1]));
        }
    }

    /** The permission bits of {@code mode}, as the attribute a file or directory is created with. */
    static FileAttribute<Set<PosixFilePermission>> permissions(long mode) {
        StringBuilder b = new StringBuilder(9);
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            b.append((mode & (0400 >> i)) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(b.toString()));
    }

    @PyMethod("($module, /, path, flags, mode=511, *, dir_fd=None)")
    static PyObject open(PyObject path, PyObject flags, PyObject mode, PyObject dirFd) {
        PathArg p = PathArg.of(path, "open");
        int f = (int) Abstract.indexValue(flags);
        Path file = p.path();
        Set<OpenOption> opts = new HashSet<>();
        int acc = f & 3;
        boolean readable = acc == O_RDONLY || acc == O_RDWR;
        boolean writable = acc == O_WRONLY || acc == O_RDWR;
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((f & O_CREAT) != 0) {
            opts.add((f & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((f & O_TRUNC) != 0 && writable) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((f & O_NOFOLLOW) != 0) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((f & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((f & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        if ((f & O_DIRECTORY) != 0 && !java.nio.file.Files.isDirectory(file)) {
            throw Errno.error(java.nio.file.Files.exists(file) ? Errno.ENOTDIR : Errno.ENOENT, p.object());
        }
        if (writable && java.nio.file.Files.isDirectory(file)) {
            throw Errno.error(Errno.EISDIR, p.object());
        }
        try {
            FileChannel ch = FileChannel.open(file, opts, permissions(Abstract.indexValue(mode)));
            return PyInt.of(PosixState.current().add(OpenFile.file(ch, file, readable, writable, (f & O_APPEND) != 0)));
        } catch (IOException e) {
            throw Errno.fromIO(e, p.object());
        }
    }

    @PyMethod("($module, fd, length, /)")
    static PyObject read(PyObject fd, PyObject length) {
        OpenFile f = PosixState.current().get(Abstract.indexValue(fd));
        long n = Abstract.indexValue(length);
        if (n < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        if (!f.readable) {
            throw Errno.error(Errno.EBADF, null);
        }
        byte[] buf = new byte[(int) Math.min(n, f.channel != null ? 1 << 24 : 1 << 16)];
        try {
            int got = f.read(buf, buf.length);
            return new PyBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    @PyMethod("($module, fd, data, /)")
    static PyObject write(PyObject fd, PyObject data) {
        OpenFile f = PosixState.current().get(Abstract.indexValue(fd));
        byte[] b = PyBytes.bufferOrNull(data);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(data));
        }
        if (!f.writable) {
            throw Errno.error(Errno.EBADF, null);
        }
        try {
            f.write(b);
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
        return PyInt.of(b.length);
    }

    @PyMethod("($module, /, fd)")
    static void close(PyObject fd) {
        long n = Abstract.indexValue(fd);
        OpenFile f = PosixState.current().remove(n);
        if (n > 2) {
            try {
                f.close();
            } catch (IOException e) {
                throw Errno.fromIO(e, null);
            }
        }
    }

    @PyMethod("($module, fd_low, fd_high, /)")
    static void closerange(PyObject low, PyObject high) {
        for (long i = Abstract.indexValue(low); i < Abstract.indexValue(high); i++) {
            try {
                close(PyInt.of(i));
            } catch (org.sanca.runtime.objects.PyException e) {
                if (!Abstract.isInstance(e.value(), org.sanca.runtime.objects.PyExc.OSError)) {
                    throw e;
                }
            }
        }
    }

    @PyMethod("($module, fd, position, whence, /)")
    static PyObject lseek(PyObject fd, PyObject position, PyObject whence) {
        OpenFile f = PosixState.current().get(Abstract.indexValue(fd));
        if (f.channel == null) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        long pos = Abstract.indexValue(position);
        try {
            long base = switch ((int) Abstract.indexValue(whence)) {
                case 0 -> 0;
                case 1 -> f.channel.position();
                case 2 -> f.channel.size();
                default -> throw Errno.error(Errno.EINVAL, null);
            };
            if (base + pos < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            f.channel.position(base + pos);
            return PyInt.of(base + pos);
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    @PyMethod("($module, fd, length, /)")
    static void ftruncate(PyObject fd, PyObject length) {
        OpenFile f = PosixState.current().get(Abstract.indexValue(fd));
        if (f.channel == null || !f.writable) {
            throw Errno.error(Errno.EINVAL, null);
        }
        try {
            resize(f.channel, Abstract.indexValue(length));
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    /** Truncates or extends (with zero bytes) the file to {@code length}, keeping the position. */
    static void resize(FileChannel ch, long length) throws IOException {
        long size = ch.size();
        if (length < size) {
            long pos = ch.position();
            ch.truncate(length);
            ch.position(pos);
        } else if (length > size) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }

    @PyMethod("($module, /, fd)")
    static void fsync(PyObject fd) {
        OpenFile f = PosixState.current().get(Abstract.indexValue(fd));
        try {
            if (f.channel != null) {
                f.channel.force(true);
            }
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    @PyMethod("($module, fd, /)")
    static PyObject fstat(PyObject fd) {
        long n = Abstract.indexValue(fd);
        OpenFile f = PosixState.current().get(n);
        Path p = f.path != null ? f.path : n <= 2 ? Path.of("/proc/self/fd/" + n) : null;
        if (p == null) {
            throw Errno.error(Errno.EINVAL, null);
        }
        try {
            return StatResult.of(p, true);
        } catch (IOException e) {
            throw Errno.fromIO(e, null);
        }
    }

    @PyMethod("($module, fd, /)")
    static boolean isatty(PyObject fd) {
        long n = Abstract.indexValue(fd);
        if (n == 0) {
            return Boolean.getBoolean("sanca.stdin.tty") && PosixState.current().get(0).in == System.in;
        }
        return false;
    }

    @PyMethod("($module, fd, /)")
    static PyObject dup(PyObject fd) {
        PosixState s = PosixState.current();
        return PyInt.of(s.add(s.get(Abstract.indexValue(fd)).retain()));
    }

    @PyMethod("($module, /, fd, fd2, inheritable=True)")
    static PyObject dup2(PyObject fd, PyObject fd2, PyObject inheritable) {
        PosixState.current().dup(Abstract.indexValue(fd), (int) Abstract.indexValue(fd2));
        return fd2;
    }

    @PyMethod("($module, fd, /)")
    static PyObject device_encoding(PyObject fd) {
        return isatty(fd) ? PyStr.of("UTF-8") : PyNone.NONE;
    }

    @PyMethod("($module, fd, /)")
    static boolean get_inheritable(PyObject fd) {
        PosixState.current().get(Abstract.indexValue(fd));
        return false;
    }

    @PyMethod("($module, fd, inheritable, /)")
    static void set_inheritable(PyObject fd, PyObject inheritable) {
        PosixState.current().get(Abstract.indexValue(fd));
    }

    @PyMethod("($module, fd, /)")
    static boolean get_blocking(PyObject fd) {
        PosixState.current().get(Abstract.indexValue(fd));
        return true;
    }

    @PyMethod("($module, size, /)")
    static PyObject urandom(PyObject size) {
        long n = Abstract.indexValue(size);
        if (n < 0) {
            throw PyErr.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) n];
        Urandom.SOURCE.nextBytes(b);
        return new PyBytes(b);
    }

    @PyMethod("($module, code, /)")
    static PyObject strerror(PyObject code) {
        return PyStr.of(Errno.strerror((int) Abstract.indexValue(code)));
    }

}
