package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.nio.file.Path;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code os.DirEntry} ({@code Modules/posixmodule.c}): one entry {@code os.scandir} yields, with
 * its name, its path (the scanned directory joined with the name, as given) and its file type,
 * whose {@code stat} results are kept after the first call as CPython keeps them.
 */
final class DirEntry extends PyObject {
    static final PyType TYPE = PyType.builtin("posix.DirEntry", DirEntry.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = o -> PyStr.of("<DirEntry " + Abstract.repr(((DirEntry) o).name).value() + ">");
    });

    static {
        TYPE.setQualname("DirEntry");
    }

    private final PyObject name;
    private final PyObject path;
    private final Path file;
    private StatResult stat;
    private StatResult lstat;

    DirEntry(PyObject name, PyObject path, Path file) {
        this.name = name;
        this.path = path;
        this.file = file;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter
    PyObject name() {
        return name;
    }

    @PyGetter
    PyObject path() {
        return path;
    }

    @PyMethod("($self, /)")
    PyObject __fspath__() {
        return path;
    }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    synchronized PyObject stat(PyObject followSymlinks) {
        boolean follow = Abstract.isTrue(followSymlinks);
        try {
            if (!follow || stat == null && !isLink()) {
                if (lstat == null) {
                    lstat = StatResult.of(file, false);
                }
                if (!follow) {
                    return lstat;
                }
                if (!isLink()) {
                    stat = lstat;
                }
            }
            if (stat == null) {
                stat = StatResult.of(file, true);
            }
            return stat;
        } catch (IOException e) {
            throw Errno.fromIO(e, path);
        }
    }

    private boolean isLink() throws IOException {
        if (lstat == null) {
            lstat = StatResult.of(file, false);
        }
        return (lstat.mode() & 0xF000) == 0xA000;
    }

    private boolean hasType(int kind, boolean follow) {
        try {
            StatResult s = follow ? (StatResult) stat(PyBool.TRUE) : (StatResult) stat(PyBool.FALSE);
            return (s.mode() & 0xF000) == kind;
        } catch (org.sanca.runtime.objects.PyException e) {
            if (Abstract.isInstance(e.value(), org.sanca.runtime.objects.PyExc.FileNotFoundError)) {
                return false;
            }
            throw e;
        }
    }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    boolean is_dir(PyObject followSymlinks) {
        return hasType(0x4000, Abstract.isTrue(followSymlinks));
    }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    boolean is_file(PyObject followSymlinks) {
        return hasType(0x8000, Abstract.isTrue(followSymlinks));
    }

    @PyMethod("($self, /)")
    boolean is_symlink() {
        return hasType(0xA000, false);
    }

    @PyMethod("($self, /)")
    boolean is_junction() {
        return false;
    }

    @PyMethod("($self, /)")
    PyObject inode() {
        return ((StatResult) stat(PyBool.FALSE)).get(1);
    }
}
