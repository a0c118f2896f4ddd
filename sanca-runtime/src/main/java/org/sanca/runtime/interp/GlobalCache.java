package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;

/**
 * The inline cache of one {@code LOAD_GLOBAL}: the value found and the version of the globals
 * dict at the time, and for a name found in the builtins (else null) that dict and its version;
 * valid while those versions are unchanged (CPython keys the same cache on its dict keys
 * versions).
 */
record GlobalCache(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, PyObject value) {
}
