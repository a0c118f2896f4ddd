package org.sanca.compiler.symtable;

/** CPython 3.12's {@code _Py_block_ty}, with the names {@code symtable.get_type()} reports. */
public enum BlockType {
    FUNCTION("function"),
    CLASS("class"),
    MODULE("module"),
    ANNOTATION("annotation"),
    TYPE_VAR_BOUND("TypeVar bound"),
    TYPE_ALIAS("type alias"),
    TYPE_PARAM("type parameter");

    private final String pythonName;

    BlockType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** What Python's {@code symtable.SymbolTable.get_type()} returns for this kind of block. */
    public String pythonName() {
        return pythonName;
    }

    /** {@code _PyST_IsFunctionLike}: whether names in this block are fast locals. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == ANNOTATION || this == TYPE_VAR_BOUND || this == TYPE_ALIAS
            || this == TYPE_PARAM;
    }
}
