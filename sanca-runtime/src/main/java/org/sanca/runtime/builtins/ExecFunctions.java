package org.sanca.runtime.builtins;

import org.sanca.runtime.interp.Compile;
import org.sanca.runtime.interp.Eval;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.PyCode;
import org.sanca.runtime.interp.PyFrame;
import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.modules._ast.AstModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The builtins that run code or look at the running frame ({@code Python/bltinmodule.c}):
 * {@code eval}, {@code exec}, {@code compile}, {@code globals}, {@code locals}, {@code vars},
 * {@code dir}, {@code __import__} and {@code breakpoint}.
 */
final class ExecFunctions {
    private static final PyStr BUILTINS = PyStr.of("__builtins__");

    private ExecFunctions() {
    }

    private static PyFrame frame() {
        return ThreadState.current().frame;
    }

    @PyMethod(value = "($module, /)", doc = "Return the dictionary containing the current scope's global variables.\n\n"
            + "NOTE: Updates to this dictionary *will* affect name lookups in the current\n"
            + "global scope and vice-versa.")
    static PyObject globals() {
        PyFrame f = frame();
        return f == null ? PyNone.NONE : f.globals;
    }

    @PyMethod(value = "($module, /)", doc = "Return a dictionary containing the current scope's local variables.\n\n"
            + "NOTE: Whether or not updates to this dictionary will affect name lookups in\n"
            + "the local scope and vice-versa is *implementation dependent* and not\n"
            + "covered by any backwards compatibility guarantees.")
    static PyObject locals() {
        PyFrame f = frame();
        return f == null ? PyNone.NONE : f.localsDict(true);
    }

    @PyMethod(value = "($module, object=<unrepresentable>, /)", doc = "Show vars.\n\n"
            + "Without arguments, equivalent to locals().\n"
            + "With an argument, equivalent to object.__dict__.")
    static PyObject vars(PyObject object) {
        return object == null ? locals() : ObjectFunctions.varsOf(object);
    }

    @PyMethod(value = "($module, arg=<unrepresentable>, /)", doc = "Show attributes of an object.\n\n"
            + "If called without an argument, return the names in the current scope.\n"
            + "Else, return an alphabetized list of names comprising (some of) the attributes\n"
            + "of the given object, and of attributes reachable from it.\n"
            + "If the object supplies a method named __dir__, it will be used; otherwise\n"
            + "the default dir() logic is used and returns:\n"
            + "  for a module object: the module's attributes.\n"
            + "  for a class object:  its attributes, and recursively the attributes\n"
            + "    of its bases.\n"
            + "  for any other object: its attributes, its class's attributes, and\n"
            + "    recursively the attributes of its class's base classes.")
    static PyObject dir(PyObject arg) {
        if (arg != null) {
            return ObjectFunctions.dirOf(arg);
        }
        PyList names = PyList.fromIterable(locals());
        names.sort(null, false);
        return names;
    }

    @PyMethod(value = "($module, source, globals=None, locals=None, /)", doc = "Evaluate the given source in the context of globals and locals.\n\n"
            + "The source may be a string representing a Python expression\n"
            + "or a code object as returned by compile().\n"
            + "The globals must be a dictionary and locals can be any mapping,\n"
            + "defaulting to the current globals and locals.\n"
            + "If only globals is given, locals defaults to it.")
    static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return run("eval", source, globals, locals);
    }

    @PyMethod(value = "($module, source, globals=None, locals=None, /, *, closure=None)", doc = "Execute the given source in the context of globals and locals.\n\n"
            + "The source may be a string representing one or more Python statements\n"
            + "or a code object as returned by compile().\n"
            + "The globals must be a dictionary and locals can be any mapping,\n"
            + "defaulting to the current globals and locals.\n"
            + "If only globals is given, locals defaults to it.\n"
            + "The closure must be a tuple of cellvars, and can only be used\n"
            + "when source is a code object requiring exactly that many cellvars.")
    static void exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        run("exec", source, globals, locals);
    }

    private static PyObject run(String mode, PyObject source, PyObject globals, PyObject locals) {
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyErr.typeError(mode.equals("eval") ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not %s", PyErr.typeName(globals));
        }
        if (locals != PyNone.NONE && locals.type().mp_subscript == null) {
            throw PyErr.typeError(mode.equals("eval") ? "locals must be a mapping" : "locals must be a mapping or None, not %s",
                    PyErr.typeName(locals));
        }
        PyDict g;
        PyObject l;
        if (globals == PyNone.NONE) {
            PyFrame f = frame();
            g = f.globals;
            l = locals == PyNone.NONE ? f.localsDict() : locals;
        } else {
            g = (PyDict) globals;
            l = locals == PyNone.NONE ? g : locals;
        }
        if (g.getItem(BUILTINS) == null) {
            g.setItem(BUILTINS, InterpreterState.current().builtins());
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text = sourceText(source, mode);
            code = Compile.compile(mode.equals("eval") ? text.stripLeading() : text, "<string>", mode,
                    InterpreterState.current().config().flags().optimize());
        }
        return Eval.run(ThreadState.current(), PyFrame.forBody(code, g, l, null));
    }

    private static String sourceText(PyObject source, String fn) {
        if (source instanceof PyStr s) {
            return s.value();
        }
        byte[] b = PyBytes.bufferOrNull(source);
        if (b != null) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErr.typeError("%s() arg 1 must be a string, bytes or %s object", fn, fn.equals("compile") ? "AST" : "code");
    }

    /** The flags compile() knows: the future features, PyCF_SOURCE_IS_UTF8 and the PyCF_* compile options. */
    private static final long COMPILE_FLAGS = 0x1FE0000L | 0x10 | 0x100 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

    private static void checkCompileFlags(PyObject flags) {
        PyInt i = Abstract.index(flags);
        long v = i.value;
        if (i.big != null || v != (int) v) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        if ((v & ~COMPILE_FLAGS) != 0) {
            throw PyErr.valueError("compile(): unrecognised flags");
        }
    }

    @PyMethod(value = "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
            doc = "Compile source into a code object that can be executed by exec() or eval().\n\n"
            + "The source code may represent a Python module, statement or expression.\n"
            + "The filename will be used for run-time error messages.\n"
            + "The mode must be 'exec' to compile a module, 'single' to compile a\n"
            + "single (interactive) statement, or 'eval' to compile an expression.\n"
            + "The flags argument, if present, controls which future statements influence\n"
            + "the compilation of the code.\n"
            + "The dont_inherit argument, if true, stops the compilation inheriting\n"
            + "the effects of any future statements in effect in the code calling\n"
            + "compile; if absent or false these statements do influence the compilation,\n"
            + "in addition to any features explicitly specified.")
    static PyObject compile(PyObject source, PyObject filename, PyObject mode, PyObject flags, PyObject dontInherit,
                            PyObject optimize, PyObject featureVersion) {
        checkCompileFlags(flags);
        boolean onlyAst = (Abstract.indexValue(flags) & AstModule.PY_CF_ONLY_AST) != 0;
        String md = mode instanceof PyStr m ? m.value() : "";
        if (md.equals("func_type") && !onlyAst) {
            throw PyErr.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (!(md.equals("exec") || md.equals("eval") || md.equals("single") || md.equals("func_type"))) {
            throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        String file = filename instanceof PyStr f ? f.value() : Abstract.str(filename).value();
        long opt = Abstract.indexValue(optimize);
        int level = opt < 0 ? InterpreterState.current().config().flags().optimize() : (int) opt;
        if (AstModule.isAst(source)) {
            return onlyAst ? source : AstModule.compile(source, file, md, level);
        }
        String text = sourceText(source, "compile");
        if (onlyAst) {
            return AstModule.parse(text, file, md);
        }
        return Compile.compile(text, file, md, level);
    }

    @PyMethod(value = "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)", name = "__import__",
            doc = "Import a module.\n\n"
            + "Because this function is meant for use by the Python\n"
            + "interpreter and not for general use, it is better to use\n"
            + "importlib.import_module() to programmatically import a module.")
    static PyObject importModule(PyObject name, PyObject globals, PyObject locals, PyObject fromlist, PyObject level) {
        if (!(name instanceof PyStr n)) {
            throw PyErr.typeError("module name must be a string");
        }
        PyInt lv = level == null ? PyInt.of(0) : Abstract.index(level);
        int sign = lv.bigValue().signum();
        if (sign < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        return InterpreterState.current().importer().importLevel(n, globals, fromlist, lv);
    }

    @PyMethod(value = "($module, /, *args, **kws)", textSignature = false, doc = "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
            + "whatever arguments are passed.\n\n"
            + "By default, this drops you into the pdb debugger.")
    static PyObject breakpoint(PyTuple args, PyDict kws) {
        PyObject hook = InterpreterState.current().sys().getDict().getItem(PyStr.of("breakpointhook"));
        if (hook == null) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.RuntimeError, "lost sys.breakpointhook");
        }
        return Args.callWithKeywords(hook, args.items(), kws);
    }
}
