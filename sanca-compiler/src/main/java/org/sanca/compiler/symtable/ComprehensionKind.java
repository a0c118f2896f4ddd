package org.sanca.compiler.symtable;

/** CPython's {@code _Py_comprehension_ty}: which kind of comprehension a block is, if any. */
public enum ComprehensionKind {
    NONE, LIST, SET, DICT, GENERATOR
}
