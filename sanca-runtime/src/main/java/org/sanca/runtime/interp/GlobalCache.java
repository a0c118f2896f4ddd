package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;

/**
 * The inline cache of one {@code LOAD_GLOBAL}: the value found and the versions of the globals
 * and builtins dicts at the time, valid while both versions are unchanged (CPython keys the same
 * cache on its dict keys versions).
 */
record GlobalCache(PyDict globals, int globalsVersion, PyObject builtins, int builtinsVersion, PyObject value) {
}
