package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code posix} module, the back end of {@code os} ({@code Modules/posixmodule.c}): files
 * and directories here; descriptors in {@link PosixFiles}; the process, its environment and
 * children in {@link PosixProcess}. System calls are the JDK's NIO, which calls the same
 * {@code stat}, {@code open}, {@code rename} ... of the C library; failures raise the
 * {@code OSError} subclass of their errno.
 */
public final class PosixModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public PosixModule() {
    }

    @Override
    public String name() {
        return "posix";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, PosixModule.class, PosixFiles.class, PosixProcess.class, PosixSpawn.class);
        d.setItem(PyStr.of("stat_result"), StatResult.TYPE);
        d.setItem(PyStr.of("DirEntry"), DirEntry.TYPE);
        d.setItem(PyStr.of("error"), org.sanca.runtime.objects.PyExc.OSError);
        PosixFiles.constants(d);
        PosixProcess.constants(d, PosixState.of(interp));
    }

    @PyMethod("($module, /, path, *, dir_fd=None, follow_symlinks=True)")
    static PyObject stat(PyObject path, PyObject dirFd, PyObject followSymlinks) {
        PathArg p = PathArg.of(path, "stat", "path", true);
        if (p.isFd()) {
            p.pathNamingFd();
            return PosixFiles.fstat(path);
        }
        try {
            return StatResult.of(p.path(), Abstract.isTrue(followSymlinks));
        } catch (IOException e) {
            throw Errno.fromIO(e, p.object());
        }
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    static PyObject lstat(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "lstat");
        try {
            return StatResult.of(p.path(), false);
        } catch (IOException e) {
            throw Errno.fromIO(e, p.object());
        }
    }

    @PyMethod("($module, /)")
    static PyObject getcwd() {
        return PyStr.of(InterpreterState.current().cwd().toString());
    }

    @PyMethod("($module, /)")
    static PyObject getcwdb() {
        return new PyBytes(InterpreterState.current().cwd().toString().getBytes(StandardCharsets.UTF_8));
    }

    @PyMethod("($module, /, path)")
    static void chdir(PyObject path) {
        PathArg a = PathArg.of(path, "chdir", "path", true);
        Path p = a.pathNamingFd().normalize();
        if (!Files.exists(p)) {
            throw Errno.error(Errno.ENOENT, a.object());
        }
        if (!Files.isDirectory(p)) {
            throw Errno.error(Errno.ENOTDIR, a.object());
        }
        InterpreterState.current().setCwd(p);
    }

    @PyMethod("($module, /, path=None)")
    static PyObject listdir(PyObject path) {
        PathArg p = PathArg.of(path == PyNone.NONE ? PyStr.of(".") : path, "listdir", "path", true, true);
        PyList out = new PyList();
        try (var s = Files.newDirectoryStream(p.path())) {
            for (Path e : s) {
                out.append(p.result(e.getFileName().toString()));
            }
        } catch (IOException e) {
            throw Errno.fromIO(e, p.reported());
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw Errno.fromIO(e.getCause(), p.reported());
        }
        return out;
    }

    @PyMethod("($module, /, path=None)")
    static PyObject scandir(PyObject path) {
        PathArg p = PathArg.of(path == PyNone.NONE ? PyStr.of(".") : path, "scandir", "path", true, true);
        try {
            return new ScandirIterator(p, Files.newDirectoryStream(p.path()));
        } catch (IOException e) {
            throw Errno.fromIO(e, p.reported());
        }
    }

    @PyMethod("($module, /, path, mode=511, *, dir_fd=None)")
    static void mkdir(PyObject path, PyObject mode, PyObject dirFd) {
        PathArg arg = PathArg.of(path, "mkdir");
        Path p = arg.path();
        try {
            Files.createDirectory(p, PosixFiles.permissions(Abstract.indexValue(mode)));
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        }
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    static void rmdir(PyObject path, PyObject dirFd) {
        PathArg arg = PathArg.of(path, "rmdir");
        Path p = arg.path();
        try {
            if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw Errno.error(Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Errno.ENOTDIR : Errno.ENOENT,
                        arg.object());
            }
            Files.delete(p);
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        }
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    static void unlink(PyObject path, PyObject dirFd) {
        PathArg arg = PathArg.of(path, "unlink");
        Path p = arg.path();
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Errno.error(Errno.EISDIR, arg.object());
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        }
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    static void remove(PyObject path, PyObject dirFd) {
        unlink(path, dirFd);
    }

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    static void rename(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        move(src, dst, "rename");
    }

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    static void replace(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        move(src, dst, "replace");
    }

    /** {@code rename(2)}: atomic, replacing a file (or an empty directory) at the destination. */
    private static void move(PyObject src, PyObject dst, String func) {
        PathArg srcArg = PathArg.of(src, func, "src", false);
        Path from = srcArg.path();
        PathArg dstArg = PathArg.of(dst, func, "dst", false);
        Path to = dstArg.path();
        try {
            if (!Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw Errno.error(Errno.ENOENT, srcArg.object(), dstArg.object());
            }
            if (Files.isDirectory(to) && !Files.isDirectory(from)) {
                throw Errno.error(Errno.EISDIR, srcArg.object(), dstArg.object());
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw Errno.fromIO(e, srcArg.object(), dstArg.object());
        }
    }

    @PyMethod("($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)")
    static boolean access(PyObject path, PyObject mode, PyObject dirFd, PyObject effectiveIds, PyObject followSymlinks) {
        PathArg arg = PathArg.of(path, "access", "path", false);
        Path p = arg.path();
        long m = Abstract.indexValue(mode);
        if (!Files.exists(p)) {
            return false;
        }
        return ((m & 4) == 0 || Files.isReadable(p)) && ((m & 2) == 0 || Files.isWritable(p))
                && ((m & 1) == 0 || Files.isExecutable(p));
    }

    @PyMethod("($module, /, src, dst, target_is_directory=False, *, dir_fd=None)")
    static void symlink(PyObject src, PyObject dst, PyObject targetIsDirectory, PyObject dirFd) {
        PathArg target = PathArg.of(src, "symlink", "src", false);
        PathArg dstArg = PathArg.of(dst, "symlink", "dst", false);
        Path link = dstArg.path();
        try {
            Files.createSymbolicLink(link, Path.of(target.text()));
        } catch (IOException e) {
            throw Errno.fromIO(e, target.object(), dstArg.object());
        }
    }

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)")
    static void link(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd, PyObject followSymlinks) {
        PathArg srcArg = PathArg.of(src, "link", "src", false);
        Path from = srcArg.path();
        PathArg dstArg = PathArg.of(dst, "link", "dst", false);
        Path to = dstArg.path();
        try {
            Files.createLink(to, from);
        } catch (IOException e) {
            throw Errno.fromIO(e, srcArg.object(), dstArg.object());
        }
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    static PyObject readlink(PyObject path, PyObject dirFd) {
        PathArg p = PathArg.of(path, "readlink");
        try {
            return p.result(Files.readSymbolicLink(p.path()).toString());
        } catch (IOException e) {
            throw Errno.fromIO(e, p.object());
        }
    }

    @PyMethod("($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)")
    static void chmod(PyObject path, PyObject mode, PyObject dirFd, PyObject followSymlinks) {
        PathArg arg = PathArg.of(path, "chmod", "path", true);
        Path p = arg.pathNamingFd();
        try {
            Files.setAttribute(p, "unix:mode", (int) (Abstract.indexValue(mode) & 07777));
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        }
    }

    @PyMethod("($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)")
    static void chown(PyObject path, PyObject uid, PyObject gid, PyObject dirFd, PyObject followSymlinks) {
        owners(path, "chown", uid, gid, Abstract.isTrue(followSymlinks));
    }

    @PyMethod("($module, /, path, uid, gid)")
    static void lchown(PyObject path, PyObject uid, PyObject gid) {
        owners(path, "lchown", uid, gid, false);
    }

    /** Sets the owning user and group; -1 leaves one as it is (chown(2)). */
    private static void owners(PyObject path, String fn, PyObject uid, PyObject gid, boolean follow) {
        PathArg arg = PathArg.of(path, fn, "path", true);
        Path p = arg.pathNamingFd();
        long u = Abstract.indexValue(uid);
        long g = Abstract.indexValue(gid);
        java.nio.file.LinkOption[] how = follow ? new java.nio.file.LinkOption[0]
                : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
        try {
            if (u != -1) {
                Files.setAttribute(p, "unix:uid", (int) u, how);
            }
            if (g != -1) {
                Files.setAttribute(p, "unix:gid", (int) g, how);
            }
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        } catch (UnsupportedOperationException e) {
            throw PyErr.format(PyExc.OSError, "%s: not supported on this file system", fn);
        }
    }

    /**
     * (total, used, free) bytes of the file system holding {@code path}, as
     * {@code shutil.disk_usage} computes them from statvfs: free is what an unprivileged user may
     * use, used is everything not unallocated.
     */
    @PyMethod("($module, path, /)")
    static PyObject _disk_usage(PyObject path) {
        PathArg arg = PathArg.of(path, "disk_usage", "path", false);
        Path p = arg.path();
        try {
            java.nio.file.FileStore store = Files.getFileStore(p);
            long total = store.getTotalSpace();
            return org.sanca.runtime.objects.PyTuple.of(PyInt.of(total),
                    PyInt.of(total - store.getUnallocatedSpace()), PyInt.of(store.getUsableSpace()));
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.object());
        }
    }

    @PyMethod("($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)")
    static void utime(PyObject path, PyObject times, PyObject ns, PyObject dirFd, PyObject followSymlinks) {
        PathArg arg = PathArg.of(path, "utime", "path", true);
        Path p = arg.path();
        long atime;
        long mtime;
        if (ns != null) {
            atime = Abstract.indexValue(Abstract.getItem(ns, PyInt.of(0)));
            mtime = Abstract.indexValue(Abstract.getItem(ns, PyInt.of(1)));
        } else if (times != PyNone.NONE) {
            if (!(times instanceof org.sanca.runtime.objects.PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = (long) (org.sanca.runtime.objects.FloatSlots.asDouble(t.get(0)) * 1e9);
            mtime = (long) (org.sanca.runtime.objects.FloatSlots.asDouble(t.get(1)) * 1e9);
        } else {
            atime = mtime = System.currentTimeMillis() * 1_000_000L;
        }
        try {
            var view = Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
            view.setTimes(java.nio.file.attribute.FileTime.from(mtime, java.util.concurrent.TimeUnit.NANOSECONDS),
                    java.nio.file.attribute.FileTime.from(atime, java.util.concurrent.TimeUnit.NANOSECONDS), null);
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.reported());
        }
    }

    @PyMethod("($module, /, path, length)")
    static void truncate(PyObject path, PyObject length) {
        PathArg arg = PathArg.of(path, "truncate", "path", true);
        Path p = arg.path();
        try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.WRITE)) {
            PosixFiles.resize(ch, Abstract.indexValue(length));
        } catch (IOException e) {
            throw Errno.fromIO(e, arg.reported());
        }
    }

    @PyMethod("($module, path)")
    static PyObject fspath(PyObject path) {
        PyObject r = PathArg.fspathOrNull(path);
        if (r == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", PyErr.typeName(path));
        }
        return r;
    }
}
