package org.sanca.runtime.modules.unicodedata;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code unicodedata} module ({@code Modules/unicodedata.c}): the Unicode 15.0.0 character
 * properties, names and normalization forms, and {@code ucd_3_2_0} with Unicode 3.2.0's. The
 * tables load on the first query, not at import.
 */
public final class UnicodedataModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public UnicodedataModule() {
    }

    @Override
    public String name() {
        return "unicodedata";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(UnicodedataModule.class, module)) {
            module.getDict().setItem(PyStr.of(f.def.name), f);
        }
        module.getDict().setItem(PyStr.of("unidata_version"), PyStr.of("15.0.0"));
        module.getDict().setItem(PyStr.of("UCD"), PyUcd.TYPE);
        module.getDict().setItem(PyStr.of("ucd_3_2_0"), new PyUcd("3.2.0"));
    }

    private static UcdTables t() {
        return UcdTables.current();
    }

    @PyMethod("($module, chr, default=<unrepresentable>, /)")
    static PyObject name(PyObject chr, PyObject dflt) {
        return Ucd.name(t(), chr, dflt);
    }

    @PyMethod("($module, name, /)")
    static PyObject lookup(PyObject name) {
        return Ucd.lookup(t(), name);
    }

    @PyMethod("($module, chr, default=<unrepresentable>, /)")
    static PyObject decimal(PyObject chr, PyObject dflt) {
        return Ucd.decimal(t(), chr, dflt);
    }

    @PyMethod("($module, chr, default=<unrepresentable>, /)")
    static PyObject digit(PyObject chr, PyObject dflt) {
        return Ucd.digit(t(), chr, dflt);
    }

    @PyMethod("($module, chr, default=<unrepresentable>, /)")
    static PyObject numeric(PyObject chr, PyObject dflt) {
        return Ucd.numeric(t(), chr, dflt);
    }

    @PyMethod("($module, chr, /)")
    static PyObject category(PyObject chr) {
        return PyStr.of(t().category(Ucd.character(chr, "category", false)));
    }

    @PyMethod("($module, chr, /)")
    static PyObject bidirectional(PyObject chr) {
        return PyStr.of(t().bidirectional(Ucd.character(chr, "bidirectional", false)));
    }

    @PyMethod("($module, chr, /)")
    static PyObject combining(PyObject chr) {
        return PyInt.of(t().combining(Ucd.character(chr, "combining", false)));
    }

    @PyMethod("($module, chr, /)")
    static PyObject east_asian_width(PyObject chr) {
        return PyStr.of(t().eastAsianWidth(Ucd.character(chr, "east_asian_width", false)));
    }

    @PyMethod("($module, chr, /)")
    static PyObject mirrored(PyObject chr) {
        return PyInt.of(t().mirrored(Ucd.character(chr, "mirrored", false)));
    }

    @PyMethod("($module, chr, /)")
    static PyObject decomposition(PyObject chr) {
        return Ucd.decomposition(t(), chr);
    }

    @PyMethod("($module, form, unistr, /)")
    static PyObject normalize(PyObject form, PyObject unistr) {
        return Ucd.normalize(t(), form, unistr);
    }

    @PyMethod("($module, form, unistr, /)")
    static boolean is_normalized(PyObject form, PyObject unistr) {
        return Ucd.isNormalized(t(), form, unistr);
    }
}
