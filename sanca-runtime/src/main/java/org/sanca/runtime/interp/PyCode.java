package org.sanca.runtime.interp;

import java.math.BigInteger;
import java.util.List;

import org.sanca.ast.Singleton;
import org.sanca.compiler.CodeUnit;
import org.sanca.compiler.ConstTuple;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The runtime's code object: CPython's {@code PyCodeObject} ({@code Objects/codeobject.c}). It
 * wraps a compiled {@link CodeUnit}, with the constants turned into Python objects once, the
 * names as {@link PyStr}, the frame layout worked out, and the per-instruction inline caches.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = c -> PyStr.of(((PyCode) c).repr());
    });

    public final CodeUnit unit;
    /** The instructions the loop runs: the unit's, with {@link Superinstructions} applied (the compiler's stay in {@code unit.code}). */
    public final int[] code;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final PyStr[] localNames;
    public final int nlocalsplus;
    public final int argCount;
    public final int kwOnlyArgCount;
    public final int posOnlyArgCount;
    public final int flags;
    /** Slots that hold a cell made on frame entry (parameters captured by inner scopes included). */
    final int[] cellSlots;
    /** The length of a frame's array: fast locals, the value stack, and one spare slot. */
    final int frameSize;
    /** The first slot of the free variables (they are the last slots). */
    final int firstFree;
    /** One inline-cache entry per instruction, made on first use. */
    final Object[] caches;
    final PyStr name;
    final PyStr qualname;
    final PyStr filename;

    public PyCode(CodeUnit unit) {
        this.unit = unit;
        this.code = Superinstructions.apply(unit.code);
        this.consts = new PyObject[unit.consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(unit.consts[i]);
        }
        this.names = strs(unit.names);
        this.localNames = strs(unit.localsPlusNames);
        this.nlocalsplus = localNames.length;
        this.argCount = unit.argCount;
        this.kwOnlyArgCount = unit.kwOnlyArgCount;
        this.posOnlyArgCount = unit.posOnlyArgCount;
        this.flags = unit.flags;
        int ncells = 0;
        int free = nlocalsplus;
        for (int i = 0; i < nlocalsplus; i++) {
            byte k = unit.localsPlusKinds[i];
            if ((k & CodeUnit.CO_FAST_CELL) != 0) {
                ncells++;
            }
            if ((k & CodeUnit.CO_FAST_FREE) != 0 && free == nlocalsplus) {
                free = i;
            }
        }
        this.cellSlots = new int[ncells];
        for (int i = 0, n = 0; i < nlocalsplus; i++) {
            if ((unit.localsPlusKinds[i] & CodeUnit.CO_FAST_CELL) != 0) {
                cellSlots[n++] = i;
            }
        }
        this.firstFree = free;
        this.frameSize = nlocalsplus + unit.stackSize + 1;
        this.caches = new Object[code.length];
        this.name = PyStr.of(unit.name);
        this.qualname = PyStr.of(unit.qualname);
        this.filename = PyStr.of(unit.filename);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyStr[] strs(String[] s) {
        PyStr[] out = new PyStr[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = PyStr.of(s[i]);
        }
        return out;
    }

    private static PyObject constant(Object c) {
        if (c instanceof String s) {
            return PyStr.of(s);
        } else if (c instanceof Long l) {
            return PyInt.of(l);
        } else if (c instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (c instanceof Double d) {
            return PyFloat.of(d);
        } else if (c instanceof Boolean b) {
            return PyBool.of(b);
        } else if (c == Singleton.NONE) {
            return PyNone.NONE;
        } else if (c == Singleton.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        } else if (c instanceof ConstTuple t) {
            List<Object> items = t.items();
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = constant(items.get(i));
            }
            return PyTuple.of(out);
        } else if (c instanceof org.sanca.ast.Imaginary im) {
            return new org.sanca.runtime.objects.PyComplex(0.0, im.imag());
        } else if (c instanceof org.sanca.compiler.ComplexConst cc) {
            return new org.sanca.runtime.objects.PyComplex(cc.real(), cc.imag());
        } else if (c instanceof org.sanca.ast.Bytes b) {
            return new org.sanca.runtime.objects.PyBytes(b.value());
        } else if (c instanceof CodeUnit u) {
            return new PyCode(u);
        }
        throw PyErr.format(PyExc.SystemError, "constants of type %s are not supported yet", c.getClass().getSimpleName());
    }

    public boolean isGenerator() {
        return (flags & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0;
    }

    /** The line of the instruction at {@code index}, or -1 when it has none. */
    public int lineOf(int index) {
        return index >= 0 && index < code.length ? unit.lineOf(index) : -1;
    }

    /** {@code co_positions()} of one instruction: lineno, end_lineno, col, end_col (UTF-8 bytes). */
    public int[] positions(int index) {
        int[] p = unit.positions;
        int b = index * 4;
        return new int[] {p[b], p[b + 1], p[b + 2], p[b + 3]};
    }

    private String repr() {
        return "<code object " + unit.name + " at " + org.sanca.runtime.types.Ids.hex(this) + ", file \"" + unit.filename
                + "\", line " + unit.firstLineNo + ">";
    }

    @PyGetter
    PyObject co_name() {
        return name;
    }

    @PyGetter
    PyObject co_qualname() {
        return qualname;
    }

    @PyGetter
    PyObject co_filename() {
        return filename;
    }

    /** {@code co_filename}, for native code that reports places (warnings). */
    public PyStr filename() {
        return filename;
    }

    @PyGetter
    PyObject co_firstlineno() {
        return PyInt.of(unit.firstLineNo);
    }

    @PyGetter
    PyObject co_argcount() {
        return PyInt.of(argCount);
    }

    @PyGetter
    PyObject co_posonlyargcount() {
        return PyInt.of(posOnlyArgCount);
    }

    @PyGetter
    PyObject co_kwonlyargcount() {
        return PyInt.of(kwOnlyArgCount);
    }

    /** {@code code.replace()}: a copy with the given header fields changed. */
    @PyMethod("($self, /, *, co_flags=<unrepresentable>, co_firstlineno=<unrepresentable>, "
            + "co_name=<unrepresentable>, co_qualname=<unrepresentable>, co_filename=<unrepresentable>)")
    PyObject replace(PyObject coFlags, PyObject coFirstLineNo, PyObject coName, PyObject coQualname,
                     PyObject coFilename) {
        CodeUnit u = unit;
        return new PyCode(new CodeUnit(
                coName == null ? u.name : strArg(coName, "co_name"),
                coQualname == null ? u.qualname : strArg(coQualname, "co_qualname"),
                coFilename == null ? u.filename : strArg(coFilename, "co_filename"),
                coFirstLineNo == null ? u.firstLineNo : (int) Abstract.indexValue(coFirstLineNo),
                u.argCount, u.posOnlyArgCount, u.kwOnlyArgCount,
                coFlags == null ? u.flags : (int) Abstract.indexValue(coFlags),
                u.stackSize, u.code, u.consts, u.names, u.localsPlusNames, u.localsPlusKinds,
                u.exceptionTable, u.positions));
    }

    private static String strArg(PyObject v, String name) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("replace() argument '%s' must be str, not %s", name, PyErr.typeName(v));
        }
        return s.value();
    }

    @PyGetter
    PyObject co_flags() {
        return PyInt.of(flags);
    }

    @PyGetter
    PyObject co_stacksize() {
        return PyInt.of(unit.stackSize);
    }

    @PyGetter
    PyObject co_consts() {
        return PyTuple.of(consts.clone());
    }

    @PyGetter
    PyObject co_names() {
        return PyTuple.of(names.clone());
    }

    @PyGetter
    PyObject co_varnames() {
        return strTuple(unit.varNames());
    }

    @PyGetter
    PyObject co_cellvars() {
        return strTuple(unit.cellVars());
    }

    @PyGetter
    PyObject co_freevars() {
        return strTuple(unit.freeVars());
    }

    @PyGetter
    PyObject co_nlocals() {
        return PyInt.of(unit.varNames().size());
    }

    private static PyTuple strTuple(List<String> names) {
        PyObject[] out = new PyObject[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(names.get(i));
        }
        return PyTuple.of(out);
    }
}
