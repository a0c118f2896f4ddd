package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterator {@code os.scandir} returns ({@code ScandirIterator} in
 * {@code Modules/posixmodule.c}): it yields {@link DirEntry}s in the order the directory lists
 * them and is a context manager that closes the directory. Scanning an fd, an entry's path is
 * its name.
 */
final class ScandirIterator extends PyObject {
    static final PyType TYPE = PyType.builtin("posix.ScandirIterator", ScandirIterator.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((ScandirIterator) o).next();
    });

    static {
        TYPE.setQualname("ScandirIterator");
    }

    private final PathArg dir;
    private DirectoryStream<Path> stream;
    private Iterator<Path> entries;

    ScandirIterator(PathArg dir, DirectoryStream<Path> stream) {
        this.dir = dir;
        this.stream = stream;
        this.entries = stream.iterator();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (entries == null) {
            return null;
        }
        try {
            if (!entries.hasNext()) {
                close();
                return null;
            }
            Path p = entries.next();
            String name = p.getFileName().toString();
            String prefix = dir.text();
            String path = prefix == null ? name : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
            return new DirEntry(dir.result(name), dir.result(path), p);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw Errno.fromIO(e.getCause(), dir.reported());
        }
    }

    @PyMethod("($self, /)")
    public synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw Errno.fromIO(e, dir.reported());
            } finally {
                stream = null;
                entries = null;
            }
        }
    }

    @PyMethod("($self, /)")
    public PyObject __enter__() {
        return this;
    }

    @PyMethod("($self, *args, /)")
    public PyObject __exit__(org.sanca.runtime.objects.PyTuple args) {
        close();
        return PyNone.NONE;
    }
}
