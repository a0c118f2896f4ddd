package org.sanca.runtime.modules.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.TimeZone;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code time} module ({@code Modules/timemodule.c}): clocks, {@code sleep}, and conversion
 * between seconds since the epoch, {@link StructTime} and text ({@code strftime} with the C
 * library's directives in the C locale). Local time is the JVM's default time zone.
 */
public final class TimeModule implements NativeModule {
    private static final long START = System.nanoTime();
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    /** The instance {@link java.util.ServiceLoader} makes. */
    public TimeModule() {
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(TimeModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("struct_time"), StructTime.TYPE);
        TimeZone tz = TimeZone.getDefault();
        ZoneId zone = tz.toZoneId();
        int year = ZonedDateTime.now(zone).getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        int janOff = jan.getOffset().getTotalSeconds();
        int julOff = jul.getOffset().getTotalSeconds();
        int std = Math.min(janOff, julOff);
        d.setItem(PyStr.of("timezone"), PyInt.of(-std));
        d.setItem(PyStr.of("altzone"), PyInt.of(-Math.max(janOff, julOff)));
        d.setItem(PyStr.of("daylight"), PyInt.of(janOff != julOff ? 1 : 0));
        d.setItem(PyStr.of("tzname"), PyTuple.of(PyStr.of(zoneName(janOff <= julOff ? jan : jul, false)),
                PyStr.of(zoneName(janOff <= julOff ? jul : jan, janOff != julOff))));
        for (String c : new String[] {"CLOCK_REALTIME:0", "CLOCK_MONOTONIC:1", "CLOCK_PROCESS_CPUTIME_ID:2",
            "CLOCK_THREAD_CPUTIME_ID:3", "CLOCK_MONOTONIC_RAW:4", "CLOCK_BOOTTIME:7", "CLOCK_TAI:11"}) {
            String[] kv = c.split(":");
            d.setItem(PyStr.of(kv[0]), PyInt.of(Integer.parseInt(kv[1])));
        }
    }

    /** The abbreviation C's {@code tm_zone} gives: the zone's short name, or its offset as +HH. */
    static String zoneName(ZonedDateTime t, boolean dst) {
        ZoneId z = t.getZone();
        if (z instanceof ZoneOffset || z.getId().equals("UTC") || z.getId().equals("Etc/UTC") || z.getId().equals("GMT")) {
            return t.getOffset().getTotalSeconds() == 0 ? (z.getId().equals("GMT") ? "GMT" : "UTC") : t.getOffset().getId();
        }
        return TimeZone.getTimeZone(z).getDisplayName(dst, TimeZone.SHORT, Locale.US);
    }

    private static long epochNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @PyMethod("($module, /)")
    static PyObject time() {
        return PyFloat.of(epochNanos() / 1e9);
    }

    @PyMethod("($module, /)")
    static PyObject time_ns() {
        return PyInt.of(epochNanos());
    }

    @PyMethod("($module, /)")
    static PyObject monotonic() {
        return PyFloat.of((System.nanoTime() - START) / 1e9);
    }

    @PyMethod("($module, /)")
    static PyObject monotonic_ns() {
        return PyInt.of(System.nanoTime() - START);
    }

    @PyMethod("($module, /)")
    static PyObject perf_counter() {
        return monotonic();
    }

    @PyMethod("($module, /)")
    static PyObject perf_counter_ns() {
        return monotonic_ns();
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    @PyMethod("($module, /)")
    static PyObject process_time() {
        return PyFloat.of(cpuNanos() / 1e9);
    }

    @PyMethod("($module, /)")
    static PyObject process_time_ns() {
        return PyInt.of(cpuNanos());
    }

    private static long threadNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
    }

    @PyMethod("($module, /)")
    static PyObject thread_time() {
        return PyFloat.of(threadNanos() / 1e9);
    }

    @PyMethod("($module, /)")
    static PyObject thread_time_ns() {
        return PyInt.of(threadNanos());
    }

    @PyMethod("($module, seconds, /)")
    static void sleep(PyObject seconds) {
        if (!(seconds instanceof PyInt) && !(seconds instanceof PyFloat) && seconds.type().nb_float == null
                && seconds.type().nb_index == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(seconds));
        }
        double s = FloatSlots.asDouble(seconds);
        if (s < 0) {
            throw PyErr.valueError("sleep length must be non-negative");
        }
        long nanos = (long) (s * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.format(PyExc.KeyboardInterrupt, "");
        }
    }

    private static long seconds(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(epochNanos(), 1_000_000_000L);
        }
        if (secs instanceof PyInt) {
            return Abstract.indexValue(secs);
        }
        double d = FloatSlots.asDouble(secs);
        if (Double.isNaN(d)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (Double.isInfinite(d) || Math.abs(d) > 1e18) {
            throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        return (long) d;
    }

    @PyMethod("($module, seconds=None, /)")
    static PyObject gmtime(PyObject secs) {
        return StructTime.of(ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds(secs)), ZoneOffset.UTC), false, "GMT");
    }

    @PyMethod("($module, seconds=None, /)")
    static PyObject localtime(PyObject secs) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds(secs)), zone);
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        return StructTime.of(t, dst, zoneName(t, dst));
    }

    /** The nine fields of a struct_time or 9-tuple argument of {@code func}. */
    private static int[] fields(PyObject t, String func) {
        if (!(t instanceof PyTuple tuple)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErr.typeError("%s(): illegal time tuple argument", func);
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = (int) Abstract.indexValue(tuple.get(i));
        }
        return f;
    }

    private static LocalDateTime dateTime(int[] f) {
        return LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(Math.max(f[1], 1) - 1L).plusDays(Math.max(f[2], 1) - 1L)
                .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
    }

    @PyMethod("($module, struct_time, /)")
    static PyObject mktime(PyObject t) {
        int[] f = fields(t, "mktime");
        return PyFloat.of(dateTime(f).atZone(ZoneId.systemDefault()).toEpochSecond());
    }

    @PyMethod("($module, struct_time=<unrepresentable>, /)")
    static PyObject asctime(PyObject t) {
        int[] f = fields(t == null ? localtime(PyNone.NONE) : t, "asctime");
        return PyStr.of(String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[Math.floorMod(f[6], 7)],
                MONTHS[Math.floorMod(f[1] - 1, 12)], f[2], f[3], f[4], f[5], f[0]));
    }

    @PyMethod("($module, seconds=None, /)")
    static PyObject ctime(PyObject secs) {
        return asctime(localtime(secs));
    }

    @PyMethod("($module, format, struct_time=<unrepresentable>, /)")
    static PyObject strftime(PyObject format, PyObject t) {
        String fmt = PyStr.arg(format);
        StructTime st = (StructTime) (t == null ? localtime(PyNone.NONE) : t instanceof StructTime s ? s
                : new StructTime(checked(t), PyNone.NONE, PyNone.NONE));
        int[] f = fields(st, "strftime");
        if (f[1] < 0 || f[1] > 12) {
            throw PyErr.valueError("month out of range");
        }
        ZonedDateTime when = dateTime(f).atZone(ZoneId.systemDefault());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                b.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            b.append(directive(d, f, when, st));
        }
        return PyStr.of(b.toString());
    }

    /** {@code time.strptime}: the parsing is Python code shared with {@code datetime.strptime}. */
    @PyMethod("($module, string, format='%a %b %d %H:%M:%S %Y', /)")
    static PyObject strptime(PyObject string, PyObject format) {
        PyObject parser = org.sanca.runtime.types.ModuleImport.importModule("_strptime");
        return Abstract.callMethod(parser, "_strptime_time", string, format == null ? PyStr.of("%a %b %d %H:%M:%S %Y") : format);
    }

    private static PyObject[] checked(PyObject t) {
        fields(t, "strftime");
        return ((PyTuple) t).items();
    }

    private static String directive(char d, int[] f, ZonedDateTime when, StructTime st) {
        int wday = Math.floorMod(f[6] + 1, 7);
        return switch (d) {
            case 'a' -> DAYS[Math.floorMod(f[6], 7)];
            case 'A' -> java.time.DayOfWeek.of(Math.floorMod(f[6], 7) + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'b', 'h' -> MONTHS[Math.floorMod(f[1] - 1, 12)];
            case 'B' -> java.time.Month.of(Math.floorMod(f[1] - 1, 12) + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'c' -> String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[Math.floorMod(f[6], 7)],
                    MONTHS[Math.floorMod(f[1] - 1, 12)], f[2], f[3], f[4], f[5], f[0]);
            case 'C' -> String.format("%02d", Math.floorDiv(f[0], 100));
            case 'd' -> String.format("%02d", f[2]);
            case 'D' -> String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100));
            case 'e' -> String.format("%2d", f[2]);
            case 'F' -> String.format("%d-%02d-%02d", f[0], f[1], f[2]);
            case 'H' -> String.format("%02d", f[3]);
            case 'I' -> String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12);
            case 'j' -> String.format("%03d", f[7]);
            case 'k' -> String.format("%2d", f[3]);
            case 'l' -> String.format("%2d", f[3] % 12 == 0 ? 12 : f[3] % 12);
            case 'm' -> String.format("%02d", f[1]);
            case 'M' -> String.format("%02d", f[4]);
            case 'n' -> "\n";
            case 'p' -> f[3] < 12 ? "AM" : "PM";
            case 'r' -> String.format("%02d:%02d:%02d %s", f[3] % 12 == 0 ? 12 : f[3] % 12, f[4], f[5], f[3] < 12 ? "AM" : "PM");
            case 'R' -> String.format("%02d:%02d", f[3], f[4]);
            case 'S' -> String.format("%02d", f[5]);
            case 's' -> Long.toString(when.toEpochSecond());
            case 't' -> "\t";
            case 'T', 'X' -> String.format("%02d:%02d:%02d", f[3], f[4], f[5]);
            case 'u' -> Integer.toString(wday == 0 ? 7 : wday);
            case 'U' -> String.format("%02d", (f[7] - 1 + 7 - wday) / 7);
            case 'w' -> Integer.toString(wday);
            case 'W' -> String.format("%02d", (f[7] - 1 + 7 - Math.floorMod(f[6], 7)) / 7);
            case 'x' -> String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100));
            case 'y' -> String.format("%02d", Math.floorMod(f[0], 100));
            case 'Y' -> Integer.toString(f[0]);
            case 'G' -> Integer.toString(when.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> String.format("%02d", when.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'V' -> String.format("%02d", when.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'z' -> offset(st, when);
            case 'Z' -> st.getAttrZone(when);
            case '%' -> "%";
            default -> "%" + d;
        };
    }

    private static String offset(StructTime st, ZonedDateTime when) {
        int secs = when.getOffset().getTotalSeconds();
        return String.format("%s%02d%02d", secs < 0 ? "-" : "+", Math.abs(secs) / 3600, Math.abs(secs) / 60 % 60);
    }
}
