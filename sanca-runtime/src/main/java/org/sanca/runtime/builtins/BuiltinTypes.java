package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyByteArray;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyEnumerate;
import org.sanca.runtime.objects.PyFilter;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyFrozenSet;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyMemoryView;
import org.sanca.runtime.objects.PyMap;
import org.sanca.runtime.objects.PyRange;
import org.sanca.runtime.objects.PyReversed;
import org.sanca.runtime.objects.PySet;
import org.sanca.runtime.objects.PySlice;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.PyZip;
import org.sanca.runtime.types.PyClassMethod;
import org.sanca.runtime.types.PyProperty;
import org.sanca.runtime.types.PyStaticMethod;
import org.sanca.runtime.types.PySuper;
import org.sanca.runtime.types.PyType;

/** The types the builtins module names ({@code _PyBuiltin_Init}'s {@code SETBUILTIN} list). */
final class BuiltinTypes {
    private BuiltinTypes() {
    }

    static PyType[] all() {
        return new PyType[] {
            PyType.OBJECT, PyType.TYPE, PyBool.TYPE, PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PySlice.TYPE, PyRange.TYPE,
            PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyComplex.TYPE,
            PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PySuper.TYPE,
        };
    }
}
