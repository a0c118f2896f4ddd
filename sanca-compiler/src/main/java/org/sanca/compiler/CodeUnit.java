package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiled code: CPython's code object ({@code Objects/codeobject.c}), immutable, holding only
 * plain Java values so that the compiler never needs the runtime.
 *
 * <p>Constants are {@link String} (str), {@link Long} or {@link java.math.BigInteger} (int),
 * {@link Double} (float), {@link org.sanca.ast.Imaginary} and {@link ComplexConst} (complex),
 * {@link Boolean},
 * {@link org.sanca.ast.Bytes}, {@link org.sanca.ast.Singleton} (None, Ellipsis),
 * {@link ConstTuple} and nested {@code CodeUnit}s.
 *
 * <p>Fast locals are laid out as in CPython 3.11+: {@link #localsPlusNames} lists the local
 * variables (parameters first), then cells that are not parameters, then free variables;
 * {@link #localsPlusKinds} gives each one's {@code CO_FAST_*} kind bits. Module and class code
 * can have fast locals too: the variables of a list, set or dict comprehension inlined into it
 * (PEP 709), marked {@link #CO_FAST_HIDDEN}.
 *
 * <p>The exception table is flat: five ints per entry (start, end exclusive, target, stack
 * depth, push-lasti 0 or 1), instruction indices, innermost entries first where ranges nest.
 * Positions are four ints per instruction (lineno, end_lineno, col_offset, end_col_offset, the
 * columns in UTF-8 bytes as CPython's {@code co_positions()}), -1 where CPython has None.
 */
public final class CodeUnit {
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    /** {@code from __future__ import barry_as_FLUFL} is in effect. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** {@code from __future__ import annotations} is in effect (annotations are strings). */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final int stackSize;
    public final int[] code;
    public final Object[] consts;
    public final String[] names;
    public final String[] localsPlusNames;
    public final byte[] localsPlusKinds;
    public final int[] exceptionTable;
    public final int[] positions;

    public CodeUnit(String name, String qualname, String filename, int firstLineNo, int argCount,
                    int posOnlyArgCount, int kwOnlyArgCount, int flags, int stackSize, int[] code,
                    Object[] consts, String[] names, String[] localsPlusNames, byte[] localsPlusKinds,
                    int[] exceptionTable, int[] positions) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.stackSize = stackSize;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsPlusNames = localsPlusNames;
        this.localsPlusKinds = localsPlusKinds;
        this.exceptionTable = exceptionTable;
        this.positions = positions;
    }

    /** {@code co_varnames}: the names of the local variables, parameters first. */
    public List<String> varNames() {
        return namesOfKind(CO_FAST_LOCAL);
    }

    /** {@code co_cellvars}: the local variables that inner scopes refer to. */
    public List<String> cellVars() {
        return namesOfKind(CO_FAST_CELL);
    }

    /** {@code co_freevars}: the variables of enclosing scopes this code refers to. */
    public List<String> freeVars() {
        return namesOfKind(CO_FAST_FREE);
    }

    private List<String> namesOfKind(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsPlusNames.length; i++) {
            if ((localsPlusKinds[i] & kind) != 0) {
                out.add(localsPlusNames[i]);
            }
        }
        return out;
    }

    /** The line of instruction {@code index}, or -1 when it has none. */
    public int lineOf(int index) {
        return positions[index * 4];
    }
}
