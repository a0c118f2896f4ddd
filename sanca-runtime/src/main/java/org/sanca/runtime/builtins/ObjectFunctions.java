package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.StrRepr;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.Special;

/** The builtin functions about objects and attributes ({@code Python/bltinmodule.c}). */
final class ObjectFunctions {
    private ObjectFunctions() {
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return the number of items in a container.")
    static int len(PyObject obj) {
        return Abstract.len(obj);
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return the canonical string representation of the object.\n\n"
            + "For many object types, including most builtins, eval(repr(obj)) == obj.")
    static PyObject repr(PyObject obj) {
        return Abstract.repr(obj);
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return the hash value for the given object.\n\n"
            + "Two objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.")
    static long hash(PyObject obj) {
        return Abstract.hash(obj);
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return the identity of an object.\n\n"
            + "This is guaranteed to be unique among simultaneously existing objects.\n"
            + "(CPython uses the object's memory address.)")
    static long id(PyObject obj) {
        return Ids.id(obj);
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return whether the object is callable (i.e., some kind of function).\n\n"
            + "Note that classes are callable, as are instances of classes with a\n__call__() method.")
    static boolean callable(PyObject obj) {
        return Abstract.isCallable(obj);
    }

    @PyMethod(value = "($module, object, name, default=<unrepresentable>, /)", doc = "Get a named attribute from an object.\n\n"
            + "getattr(x, 'y') is equivalent to x.y\n"
            + "When a default argument is given, it is returned when the attribute doesn't\n"
            + "exist; without it, an exception is raised in that case.")
    static PyObject getattr(PyObject object, PyObject name, PyObject dflt) {
        PyStr attr = attrName(name);
        if (dflt != null) {
            PyObject v = Abstract.lookupAttr(object, attr);
            return v == null ? dflt : v;
        }
        return Abstract.getAttr(object, attr);
    }

    @PyMethod(value = "($module, obj, name, /)", doc = "Return whether the object has an attribute with the given name.\n\n"
            + "This is done by calling getattr(obj, name) and catching AttributeError.")
    static boolean hasattr(PyObject obj, PyObject name) {
        return Abstract.lookupAttr(obj, attrName(name)) != null;
    }

    @PyMethod(value = "($module, obj, name, value, /)", doc = "Sets the named attribute on the given object to the specified value.\n\n"
            + "setattr(x, 'y', v) is equivalent to ``x.y = v``")
    static void setattr(PyObject obj, PyObject name, PyObject value) {
        Abstract.setAttr(obj, attrName(name), value);
    }

    @PyMethod(value = "($module, obj, name, /)", doc = "Deletes the named attribute from the given object.\n\n"
            + "delattr(x, 'y') is equivalent to ``del x.y``")
    static void delattr(PyObject obj, PyObject name) {
        Abstract.setAttr(obj, attrName(name), null);
    }

    private static PyStr attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", PyErr.typeName(name));
        }
        return s;
    }

    @PyMethod(value = "($module, obj, /)", doc = "Return an ASCII-only representation of an object.\n\n"
            + "As repr(), return a string containing a printable representation of an\n"
            + "object, but escape the non-ASCII characters in the string returned by\n"
            + "repr() using \\x, \\u or \\U escapes. This generates a string similar\n"
            + "to that returned by repr() in Python 2.")
    static String ascii(PyObject obj) {
        return StrRepr.ascii(Abstract.repr(obj).value());
    }

    @PyMethod(value = "($module, value, format_spec='', /)", doc = "Return type(value).__format__(value, format_spec)\n\n"
            + "Many built-in types implement format_spec according to the\n"
            + "Format Specification Mini-language. See help('FORMATTING').\n\n"
            + "If type(value) does not supply a method named __format__\n"
            + "and format_spec is empty, then str(value) will be returned.")
    static PyObject format(PyObject value, PyObject formatSpec) {
        if (!(formatSpec instanceof PyStr spec)) {
            throw PyErr.typeError("format() argument 2 must be str, not %s", PyErr.typeName(formatSpec));
        }
        return Abstract.format(value, spec);
    }

    @PyMethod(value = "($module, obj, class_or_tuple, /)", doc = "Return whether an object is an instance of a class or of a subclass thereof.\n\n"
            + "A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n"
            + "check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n"
            + "or ...`` etc.")
    static boolean isinstance(PyObject obj, PyObject classOrTuple) {
        return Abstract.isInstance(obj, classOrTuple);
    }

    @PyMethod(value = "($module, cls, class_or_tuple, /)", doc = "Return whether 'cls' is derived from another class or is the same class.\n\n"
            + "A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\n"
            + "check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\n"
            + "or ...``.")
    static boolean issubclass(PyObject cls, PyObject classOrTuple) {
        return Abstract.isSubclass(cls, classOrTuple);
    }

    private static final PyStr DIR = PyStr.of("__dir__");
    private static final PyStr DICT = PyStr.of("__dict__");

    /** {@code dir(obj)}: the sorted list of {@code type(obj).__dir__(obj)}; {@code dir()} is the interpreter's. */
    static PyObject dirOf(PyObject obj) {
        PyObject method = Special.lookupBound(obj, DIR);
        if (method == null) {
            throw PyErr.typeError("object does not provide __dir__");
        }
        PyList names = PyList.fromIterable(Abstract.call(method));
        names.sort(null, false);
        return names;
    }

    /** {@code vars(obj)}: its {@code __dict__}. */
    static PyObject varsOf(PyObject obj) {
        PyObject d = Abstract.lookupAttr(obj, DICT);
        if (d == null) {
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }
}
