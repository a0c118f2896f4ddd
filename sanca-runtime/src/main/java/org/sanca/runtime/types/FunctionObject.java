package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * What the type machinery needs of a Python function (the interpreter's {@code function} type,
 * CPython's {@code PyFunctionObject}): recognising one ({@code PyFunction_Check}, used where
 * {@code type.__new__} wraps {@code __new__}, {@code __init_subclass__} and
 * {@code __class_getitem__}) and running one as a class body for {@code __build_class__}.
 */
public interface FunctionObject {
    /**
     * Runs this function, whose code takes no arguments, with {@code namespace} as its locals
     * mapping: a class body. Returns what the body returns, the {@code __class__} cell
     * ({@link Cell}) when a method uses {@code __class__} or zero-argument {@code super()}, else None.
     */
    PyObject runClassBody(PyObject namespace);
}
