package org.sanca.runtime.modules.time;

import java.time.ZonedDateTime;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * {@code time.struct_time} ({@code Modules/timemodule.c}, a struct sequence): nine items from
 * {@code tm_year} to {@code tm_isdst}, and by name only {@code tm_zone} and {@code tm_gmtoff}.
 */
final class StructTime extends PyTuple {
    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
        "tm_isdst"};
    static final PyType TYPE = PyType.builtin("time.struct_time", StructTime.class, PyTuple.TYPE, 0, t -> {
        t.tp_getattro = StructTime::getAttr;
        t.tp_repr = o -> PyStr.of(((StructTime) o).repr());
        t.tp_new = StructTime::newStructTime;
    });

    static {
        TYPE.setQualname("struct_time");
    }

    private final PyObject zone;
    private final PyObject gmtoff;

    StructTime(PyObject[] items, PyObject zone, PyObject gmtoff) {
        super(items);
        this.zone = zone;
        this.gmtoff = gmtoff;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static StructTime of(ZonedDateTime t, boolean dst, String zone) {
        PyObject[] items = {
            PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()),
            PyInt.of(t.getMinute()), PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1),
            PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0),
        };
        return new StructTime(items, PyStr.of(zone), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    private static PyObject newStructTime(PyObject type, PyObject[] args, String[] kwnames) {
        if (args.length < 1) {
            throw PyErr.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        PyObject[] items = org.sanca.runtime.objects.PyList.fromIterable(args[0]).toArray();
        if (items.length < 9) {
            throw PyErr.typeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)", items.length);
        }
        if (items.length > 11) {
            throw PyErr.typeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)", items.length);
        }
        PyObject[] nine = java.util.Arrays.copyOf(items, 9);
        return new StructTime(nine, items.length > 9 ? items[9] : PyNone.NONE,
                items.length > 10 ? items[10] : PyNone.NONE);
    }

    /** {@code %Z}: the struct's zone name, or the local zone's. */
    String getAttrZone(ZonedDateTime when) {
        return zone instanceof PyStr s ? s.value() : TimeModule.zoneName(when, false);
    }

    private static PyObject getAttr(PyObject o, PyStr name) {
        StructTime s = (StructTime) o;
        String n = name.value();
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(n)) {
                return s.get(i);
            }
        }
        return switch (n) {
            case "tm_zone" -> s.zone;
            case "tm_gmtoff" -> s.gmtoff;
            case "n_sequence_fields", "n_unnamed_fields", "n_fields" -> PyInt.of(n.equals("n_fields") ? 11
                    : n.equals("n_sequence_fields") ? 9 : 0);
            default -> GenericAttr.getAttr(o, name, false);
        };
    }

    private String repr() {
        StringBuilder b = new StringBuilder("time.struct_time(");
        for (int i = 0; i < FIELDS.length; i++) {
            b.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(Abstract.repr(get(i)).value());
        }
        return b.append(')').toString();
    }
}
