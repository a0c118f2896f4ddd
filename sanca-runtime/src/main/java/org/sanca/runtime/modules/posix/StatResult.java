package org.sanca.runtime.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * {@code os.stat_result} ({@code Modules/posixmodule.c}, a struct sequence): ten items
 * (mode, inode, device, links, uid, gid, size and the three times in whole seconds) and, by name
 * only, the times as floats and in nanoseconds and {@code st_rdev}. Read through the JDK's
 * {@code unix:*} attribute view, which is a real {@code stat(2)}.
 */
final class StatResult extends PyTuple {
    static final PyType TYPE = PyType.builtin("os.stat_result", StatResult.class, PyTuple.TYPE, 0, t -> {
        t.tp_getattro = StatResult::getAttr;
        t.tp_repr = o -> PyStr.of(((StatResult) o).repr());
    });
    private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime"};

    static {
        TYPE.setQualname("stat_result");
    }

    private final long[] ns;
    private final long rdev;

    private StatResult(PyObject[] items, long[] ns, long rdev) {
        super(items);
        this.ns = ns;
        this.rdev = rdev;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code stat(2)} (or {@code lstat(2)} when not following links) of {@code p}. */
    static StatResult of(Path p, boolean follow) throws IOException {
        Map<String, Object> a = follow ? Files.readAttributes(p, "unix:*")
                : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        long[] ns = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
        PyObject[] items = {
            PyInt.of(num(a, "mode")), PyInt.of(num(a, "ino")), PyInt.of(num(a, "dev")), PyInt.of(num(a, "nlink")),
            PyInt.of(num(a, "uid")), PyInt.of(num(a, "gid")), PyInt.of(num(a, "size")),
            PyInt.of(Math.floorDiv(ns[0], 1_000_000_000L)), PyInt.of(Math.floorDiv(ns[1], 1_000_000_000L)),
            PyInt.of(Math.floorDiv(ns[2], 1_000_000_000L)),
        };
        return new StatResult(items, ns, num(a, "rdev"));
    }

    private static long num(Map<String, Object> a, String key) {
        return ((Number) a.get(key)).longValue();
    }

    private static long nanos(Object t) {
        java.time.Instant i = ((FileTime) t).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    int mode() {
        return (int) ((PyInt) get(0)).value;
    }

    private static PyObject getAttr(PyObject o, PyStr name) {
        StatResult s = (StatResult) o;
        String n = name.value();
        for (int i = 0; i < 7; i++) {
            if (FIELDS[i].equals(n)) {
                return s.get(i);
            }
        }
        return switch (n) {
            case "st_atime" -> PyFloat.of(s.ns[0] / 1e9);
            case "st_mtime" -> PyFloat.of(s.ns[1] / 1e9);
            case "st_ctime" -> PyFloat.of(s.ns[2] / 1e9);
            case "st_atime_ns" -> PyInt.of(s.ns[0]);
            case "st_mtime_ns" -> PyInt.of(s.ns[1]);
            case "st_ctime_ns" -> PyInt.of(s.ns[2]);
            case "st_rdev" -> PyInt.of(s.rdev);
            case "n_sequence_fields", "n_fields" -> PyInt.of(10);
            default -> GenericAttr.getAttr(o, name, false);
        };
    }

    private String repr() {
        StringBuilder b = new StringBuilder("os.stat_result(");
        for (int i = 0; i < FIELDS.length; i++) {
            b.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(Abstract.repr(get(i)).value());
        }
        return b.append(')').toString();
    }
}
