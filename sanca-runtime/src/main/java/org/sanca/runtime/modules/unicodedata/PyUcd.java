package org.sanca.runtime.modules.unicodedata;

import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code unicodedata.UCD}: the database of one Unicode version, with the module's queries as
 * methods ({@code PreviousDBVersion} in {@code Modules/unicodedata.c}); {@code ucd_3_2_0} is one.
 */
public final class PyUcd extends PyObject {
    public static final PyType TYPE = PyType.builtin("unicodedata.UCD", PyUcd.class, PyType.OBJECT, 0, t -> {
    });

    static {
        TYPE.setQualname("UCD");
    }

    private final String version;

    PyUcd(String version) {
        this.version = version;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private UcdTables t() {
        return UcdTables.old();
    }

    @PyGetter
    public PyObject unidata_version() {
        return PyStr.of(version);
    }

    @PyMethod("($self, chr, default=<unrepresentable>, /)")
    public PyObject name(PyObject chr, PyObject dflt) {
        return Ucd.name(t(), chr, dflt);
    }

    @PyMethod("($self, name, /)")
    public PyObject lookup(PyObject name) {
        return Ucd.lookup(t(), name);
    }

    @PyMethod("($self, chr, default=<unrepresentable>, /)")
    public PyObject decimal(PyObject chr, PyObject dflt) {
        return Ucd.decimal(t(), chr, dflt);
    }

    @PyMethod("($self, chr, default=<unrepresentable>, /)")
    public PyObject digit(PyObject chr, PyObject dflt) {
        return Ucd.digit(t(), chr, dflt);
    }

    @PyMethod("($self, chr, default=<unrepresentable>, /)")
    public PyObject numeric(PyObject chr, PyObject dflt) {
        return Ucd.numeric(t(), chr, dflt);
    }

    @PyMethod("($self, chr, /)")
    public PyObject category(PyObject chr) {
        return PyStr.of(t().category(Ucd.character(chr, "category", false)));
    }

    @PyMethod("($self, chr, /)")
    public PyObject bidirectional(PyObject chr) {
        return PyStr.of(t().bidirectional(Ucd.character(chr, "bidirectional", false)));
    }

    @PyMethod("($self, chr, /)")
    public PyObject combining(PyObject chr) {
        return PyInt.of(t().combining(Ucd.character(chr, "combining", false)));
    }

    @PyMethod("($self, chr, /)")
    public PyObject east_asian_width(PyObject chr) {
        return PyStr.of(t().eastAsianWidth(Ucd.character(chr, "east_asian_width", false)));
    }

    @PyMethod("($self, chr, /)")
    public PyObject mirrored(PyObject chr) {
        return PyInt.of(t().mirrored(Ucd.character(chr, "mirrored", false)));
    }

    @PyMethod("($self, chr, /)")
    public PyObject decomposition(PyObject chr) {
        return Ucd.decomposition(t(), chr);
    }

    @PyMethod("($self, form, unistr, /)")
    public PyObject normalize(PyObject form, PyObject unistr) {
        return Ucd.normalize(t(), form, unistr);
    }

    @PyMethod("($self, form, unistr, /)")
    public boolean is_normalized(PyObject form, PyObject unistr) {
        return Ucd.isNormalized(t(), form, unistr);
    }
}
