package org.sanca.runtime.modules.sys;

import java.util.List;
import java.util.Map;

import org.sanca.runtime.interp.InterpreterConfig;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.PyFrame;
import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.interp.TracebackPrinter;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.modules._io.PyTextIO;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.HashInfo;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyFrozenSet;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** The {@code sys} module: CPython's {@code Python/sysmodule.c}. */
public final class SysModule implements NativeModule {
    public static final String VERSION = "3.12.7 (main, Sanca) [Java]";
    private static final PyType VERSION_INFO = StructSeq.newType("sys.version_info");
    private static final PyType FLAGS = StructSeq.newType("sys.flags");
    private static final PyType FLOAT_INFO = StructSeq.newType("sys.float_info");
    private static final PyType INT_INFO = StructSeq.newType("sys.int_info");
    private static final PyType HASH_INFO = StructSeq.newType("sys.hash_info");
    private static final String[] FLOAT_INFO_FIELDS = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
        "dig", "mant_dig", "epsilon", "radix", "rounds"};
    private static final String[] INT_INFO_FIELDS = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
        "str_digits_check_threshold"};
    private static final String[] HASH_INFO_FIELDS = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
        "seed_bits", "cutoff"};
    private static final String[] VERSION_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    private static final String[] FLAG_FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    /** {@code sys.stdlib_module_names}: the modules of CPython 3.12's standard library. */
    private static final String STDLIB_NAMES = ""
        + "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn "
        + "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc "
        + "_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel "
        + "_datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external "
        + "_functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 "
        + "_msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle "
        + "_posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _queue _random "
        + "_scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat "
        + "_statistics _string _strptime _struct _symtable _thread _threading_local _tkinter "
        + "_tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi "
        + "_zoneinfo abc aifc antigravity argparse array ast asyncio atexit audioop base64 bdb "
        + "binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs "
        + "codeop collections colorsys compileall concurrent configparser contextlib contextvars "
        + "copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest "
        + "email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch "
        + "fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip "
        + "hashlib heapq hmac html http idlelib imaplib imghdr importlib inspect io ipaddress "
        + "itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math "
        + "mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath "
        + "nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools "
        + "pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd "
        + "py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib "
        + "resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site "
        + "smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl "
        + "stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog "
        + "tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter "
        + "token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing "
        + "unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound "
        + "wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ";

    private static final PyType THREAD_INFO = StructSeq.newType("sys.thread_info");

    @Override
    public String name() {
        return "sys";
    }

    /**
     * The encoding and error handler of stdin and stdout: UTF-8 and "strict" unless
     * {@code PYTHONIOENCODING} ({@code encoding[:errors]}, either part may be empty) says otherwise;
     * stderr keeps "backslashreplace" whatever it says, as in CPython.
     */
    private static String[] ioEncoding(InterpreterConfig c) {
        String v = c.flags().ignoreEnvironment() ? null : c.env().get("PYTHONIOENCODING");
        if (v == null || v.isEmpty()) {
            return new String[] {"utf-8", "strict"};
        }
        int colon = v.indexOf(':');
        String enc = colon < 0 ? v : v.substring(0, colon);
        String errors = colon < 0 || colon == v.length() - 1 ? "strict" : v.substring(colon + 1);
        return new String[] {enc.isEmpty() ? "utf-8" : Codecs.normalize(enc), errors};
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        InterpreterConfig c = interp.config();
        NativeModule.addFunctions(module, SysModule.class);
        set(d, "__displayhook__", d.getItem(PyStr.of("displayhook")));
        set(d, "__excepthook__", d.getItem(PyStr.of("excepthook")));
        set(d, "argv", strList(c.argv().isEmpty() ? List.of("") : c.argv()));
        set(d, "orig_argv", strList(c.origArgv()));
        set(d, "path", new PyList());
        set(d, "modules", interp.modules());
        set(d, "meta_path", new PyList());
        set(d, "path_hooks", new PyList());
        set(d, "path_importer_cache", new PyDict());
        boolean tty = System.console() != null && c.stdout() == System.out;
        boolean unbuffered = c.flags().unbuffered();
        String[] io = ioEncoding(c);
        PyTextIO stdin = PyTextIO.reader("<stdin>", 0, c.stdin(), io[0], io[1]);
        PyTextIO stdout = PyTextIO.writer("<stdout>", 1, c.stdout(), io[0], io[1], tty, unbuffered);
        PyTextIO stderr = PyTextIO.writer("<stderr>", 2, c.stderr(), io[0], "backslashreplace", true, unbuffered);
        set(d, "stdin", stdin);
        set(d, "stdout", stdout);
        set(d, "stderr", stderr);
        set(d, "__stdin__", stdin);
        set(d, "__stdout__", stdout);
        set(d, "__stderr__", stderr);
        set(d, "version", PyStr.of(VERSION));
        set(d, "version_info", StructSeq.of(VERSION_INFO, VERSION_FIELDS, PyInt.of(3), PyInt.of(12), PyInt.of(7),
                PyStr.of("final"), PyInt.of(0)));
        set(d, "hexversion", PyInt.of(0x030C07F0));
        set(d, "api_version", PyInt.of(1013));
        set(d, "implementation", new SysNamespace().with("name", PyStr.of("sanca")).with("cache_tag", PyStr.of("sanca-312"))
                .with("version", d.getItem(PyStr.of("version_info"))).with("hexversion", PyInt.of(0x030C07F0))
                .with("_multiarch", PyStr.of("x86_64-linux-gnu")));
        set(d, "platform", PyStr.of("linux"));
        set(d, "byteorder", PyStr.of("little"));
        set(d, "maxsize", PyInt.of(Long.MAX_VALUE));
        set(d, "maxunicode", PyInt.of(0x10FFFF));
        set(d, "executable", PyStr.of(System.getProperty("sanca.executable", "")));
        set(d, "_base_executable", d.getItem(PyStr.of("executable")));
        PyStr prefix = PyStr.of(System.getProperty("sanca.home", "/usr/local"));
        set(d, "prefix", prefix);
        set(d, "base_prefix", prefix);
        set(d, "exec_prefix", prefix);
        set(d, "base_exec_prefix", prefix);
        set(d, "platlibdir", PyStr.of("lib"));
        set(d, "pycache_prefix", PyNone.NONE);
        set(d, "float_repr_style", PyStr.of("short"));
        set(d, "dont_write_bytecode", PyBool.of(c.flags().dontWriteBytecode()));
        set(d, "builtin_module_names", strTuple(InterpreterState.builtinModuleNames()));
        set(d, "warnoptions", strList(c.flags().warnOptions()));
        PyDict x = new PyDict();
        for (Map.Entry<String, String> e : c.flags().xoptions().entrySet()) {
            x.setItem(PyStr.of(e.getKey()), e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue()));
        }
        set(d, "_xoptions", x);
        set(d, "flags", flags(c.flags()));
        set(d, "float_info", StructSeq.of(FLOAT_INFO, FLOAT_INFO_FIELDS, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        set(d, "int_info", StructSeq.of(INT_INFO, INT_INFO_FIELDS, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        set(d, "hash_info", StructSeq.of(HASH_INFO, HASH_INFO_FIELDS, PyInt.of(HashInfo.WIDTH), PyInt.of(HashInfo.MODULUS),
                PyInt.of(HashInfo.INF), PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128),
                PyInt.of(0)));
        set(d, "stdlib_module_names", PyFrozenSet.of(strTuple(List.of(STDLIB_NAMES.strip().split(" ")))));
        set(d, "thread_info", StructSeq.of(THREAD_INFO, new String[] {"name", "lock", "version"}, PyStr.of("pthread"),
                PyStr.of("semaphore"), PyNone.NONE));
        set(d, "abiflags", PyStr.of(""));
        set(d, "copyright", PyStr.of("Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved."));
    }

    private static PyObject flags(InterpreterConfig.Flags f) {
        return StructSeq.of(FLAGS, FLAG_FIELDS, PyInt.of(f.debug()), PyInt.of(f.inspect() ? 1 : 0),
                PyInt.of(f.interactive() ? 1 : 0),
                PyInt.of(f.optimize()), PyInt.of(f.dontWriteBytecode() ? 1 : 0), PyInt.of(f.noUserSite() ? 1 : 0),
                PyInt.of(f.noSite() ? 1 : 0), PyInt.of(f.ignoreEnvironment() ? 1 : 0), PyInt.of(f.verbose()),
                PyInt.of(f.bytesWarning()), PyInt.of(f.quiet() ? 1 : 0), PyInt.of(f.hashRandomization() ? 1 : 0),
                PyInt.of(f.isolated() ? 1 : 0), PyBool.of(f.devMode()), PyInt.of(f.utf8Mode() ? 1 : 0), PyInt.of(0),
                PyBool.of(f.safePath()), PyInt.of(f.intMaxStrDigits()));
    }

    private static void set(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.of(name), v);
    }

    private static PyList strList(List<String> items) {
        PyObject[] out = new PyObject[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(items.get(i));
        }
        return new PyList(out);
    }

    private static PyTuple strTuple(List<String> items) {
        return PyTuple.of(strList(items).toArray());
    }

    private static InterpreterState state() {
        return InterpreterState.current();
    }

    @PyMethod("($module, status=<unrepresentable>, /)")
    static PyObject exit(PyObject status) {
        if (status == null || status == PyNone.NONE) {
            throw PyErr.newException(PyExc.SystemExit).toJava();
        }
        if (status instanceof PyTuple t) {
            throw ((PyBaseException) Abstract.call(PyExc.SystemExit, t.items(), null)).toJava();
        }
        throw PyErr.newException(PyExc.SystemExit, status).toJava();
    }

    @PyMethod("($module, /)")
    static PyObject get_int_max_str_digits() {
        return PyInt.of(state().intMaxStrDigits());
    }

    @PyMethod("($module, maxdigits)")
    static void set_int_max_str_digits(PyObject maxdigits) {
        long n = org.sanca.runtime.objects.Abstract.indexValue(maxdigits);
        if (n != 0 && n < org.sanca.runtime.objects.IntParse.MAX_STR_DIGITS_THRESHOLD) {
            throw PyErr.valueError("maxdigits must be 0 or larger than %d", org.sanca.runtime.objects.IntParse.MAX_STR_DIGITS_THRESHOLD);
        }
        state().setIntMaxStrDigits((int) Math.min(n, Integer.MAX_VALUE));
    }

    @PyMethod("($module, /)")
    static PyObject getrecursionlimit() {
        return PyInt.of(state().recursionLimit());
    }

    @PyMethod("($module, limit, /)")
    static void setrecursionlimit(PyObject limit) {
        if (!(limit instanceof PyInt i) || limit instanceof PyBool) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(limit));
        }
        int n = i.intValue();
        if (n < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = ThreadState.current().depth;
        if (n <= depth) {
            throw PyErr.format(PyExc.RecursionError,
                    "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth);
        }
        state().setRecursionLimit(n);
    }

    @PyMethod("($module, /)")
    static PyObject exc_info() {
        PyBaseException e = ThreadState.current().handledException();
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        return PyTuple.of(e.type(), e, e.traceback());
    }

    @PyMethod("($module, /)")
    static PyObject exception() {
        PyBaseException e = ThreadState.current().handledException();
        return e == null ? PyNone.NONE : e;
    }

    @PyMethod("($module, exctype, value, traceback, /)")
    static void excepthook(PyObject type, PyObject value, PyObject tb) {
        InterpreterState interp = state();
        PyObject err = Abstract.lookupAttr(interp.sys(), PyStr.of("stderr"));
        if (!(value instanceof PyBaseException e)) {
            String msg = "TypeError: print_exception(): Exception expected for value, " + PyErr.typeName(value) + " found\n";
            write(interp, err, msg);
            return;
        }
        if (tb instanceof org.sanca.runtime.interp.PyTraceback && e.traceback() != tb) {
            e.setTraceback(tb);
        }
        write(interp, err, TracebackPrinter.format(e, interp.cwd()));
    }

    private static void write(InterpreterState interp, PyObject err, String text) {
        if (err == null || err == PyNone.NONE) {
            interp.config().stderr().print(text);
            interp.config().stderr().flush();
            return;
        }
        Abstract.callMethod(err, "write", PyStr.of(text));
        PyObject flush = Abstract.lookupAttr(err, PyStr.of("flush"));
        if (flush != null) {
            Abstract.call(flush);
        }
    }

    @PyMethod("($module, object, /)")
    static void displayhook(PyObject value) {
        if (value == PyNone.NONE) {
            return;
        }
        InterpreterState interp = state();
        PyDict builtins = interp.builtins().getDict();
        builtins.setItem(PyStr.of("_"), PyNone.NONE);
        PyObject out = Abstract.lookupAttr(interp.sys(), PyStr.of("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
        }
        Abstract.callMethod(out, "write", Abstract.repr(value));
        Abstract.callMethod(out, "write", PyStr.of("\n"));
        builtins.setItem(PyStr.of("_"), value);
    }

    @PyMethod("($module, depth=0, /)")
    static PyObject _getframe(PyObject depth) {
        long n = Abstract.indexValue(depth);
        PyFrame f = ThreadState.current().frame;
        for (long i = 0; i < n && f != null; i++) {
            f = f.back();
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        return f;
    }

    @PyMethod("($module, string, /)")
    static PyObject intern(PyObject s) {
        if (!(s instanceof PyStr) || s.type() != PyStr.TYPE) {
            throw PyErr.typeError("intern() argument must be str, not %s", PyErr.typeName(s));
        }
        return s;
    }

    @PyMethod("($module, /)")
    static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod("($module, /)")
    static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod("($module, /)")
    static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    @PyMethod("($module, /)")
    static PyObject getswitchinterval() {
        return PyFloat.of(state().switchInterval());
    }

    @PyMethod("($module, interval, /)")
    static void setswitchinterval(PyObject interval) {
        double v = org.sanca.runtime.objects.FloatSlots.asDouble(interval);
        if (v <= 0) {
            throw PyErr.valueError("switch interval must be strictly positive");
        }
        state().setSwitchInterval(v);
    }

    @PyMethod("($module, object, default=<unrepresentable>)")
    static PyObject getsizeof(PyObject object, PyObject dflt) {
        PyObject method = object.type().lookup(PyStr.of("__sizeof__"));
        if (method == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.typeError("Type %s doesn't define __sizeof__", object.type().getName());
        }
        PyObject size;
        try {
            size = Abstract.call(method, object);
        } catch (PyException e) {
            if (dflt != null && e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        long n = Abstract.indexValue(size);
        if (n < 0) {
            throw PyErr.valueError("__sizeof__() should return >= 0");
        }
        return PyInt.of(n);
    }

    @PyMethod("($module, func, args, /)")
    static PyObject call_tracing(PyObject func, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("call_tracing(): argument 2 must be tuple, not %s", PyErr.typeName(args));
        }
        return Abstract.call(func, t.items(), null);
    }

    @PyMethod("($module, function, /)")
    static void settrace(PyObject function) {
        ThreadState.current().setHook(false, function);
    }

    @PyMethod("($module, /)")
    static PyObject gettrace() {
        PyObject f = ThreadState.current().traceFunc;
        return f == null ? PyNone.NONE : f;
    }

    @PyMethod("($module, function, /)")
    static void setprofile(PyObject function) {
        ThreadState.current().setHook(true, function);
    }

    @PyMethod("($module, /)")
    static PyObject getprofile() {
        PyObject f = ThreadState.current().profileFunc;
        return f == null ? PyNone.NONE : f;
    }

    @PyMethod("($module, /)")
    static PyObject is_finalizing() {
        return PyBool.FALSE;
    }

    /** {@code sys.audit(event, *args)}: calls each audit hook with the event and the args tuple. */
    @PyMethod("($module, event, /, *args)")
    static void audit(PyObject event, PyTuple args) {
        if (!(event instanceof PyStr)) {
            throw PyErr.typeError("expected str for argument 'event', not %s", PyErr.typeName(event));
        }
        state().audit(event, args);
    }

    @PyMethod("($module, hook)")
    static void addaudithook(PyObject hook) {
        InterpreterState st = state();
        try {
            st.audit(PyStr.of("sys.addaudithook"), PyTuple.EMPTY);
        } catch (PyException e) {
            if (e.matches(PyExc.RuntimeError)) {
                return;
            }
            throw e;
        }
        st.addAuditHook(hook);
    }
}
