package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * A closure cell as the type machinery sees it (the interpreter's {@code cell} type): the
 * {@code __classcell__} a class body leaves in its namespace, which {@code type.__new__} fills
 * with the new class ({@code PyCell_Set}).
 */
public interface Cell {
    /** The contents, or null when empty. */
    PyObject cellGet();

    /** Sets the contents. */
    void cellSet(PyObject value);
}
