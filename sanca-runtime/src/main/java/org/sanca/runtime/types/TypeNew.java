package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInstance;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;

/**
 * Making a class: CPython's {@code type_new} and its helpers in {@code Objects/typeobject.c}
 * (metaclass calculation, best base and layout, {@code __slots__}, the namespace's special
 * entries, {@code __set_name__} and {@code __init_subclass__}).
 */
final class TypeNew {
    private TypeNew() {
    }

    private static final PyStr SLOTS = PyStr.of("__slots__");
    private static final PyStr QUALNAME = PyStr.of("__qualname__");
    private static final PyStr MODULE = PyStr.of("__module__");
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr DOC = PyStr.of("__doc__");
    private static final PyStr CLASSCELL = PyStr.of("__classcell__");
    private static final PyStr EQ = PyStr.of("__eq__");
    private static final PyStr HASH = PyStr.of("__hash__");
    private static final PyStr NEW = PyStr.of("__new__");
    private static final PyStr INIT_SUBCLASS = PyStr.of("__init_subclass__");
    private static final PyStr CLASS_GETITEM = PyStr.of("__class_getitem__");
    private static final PyStr SET_NAME = PyStr.of("__set_name__");
    private static final PyStr DICT = PyStr.of("__dict__");
    private static final PyStr WEAKREF = PyStr.of("__weakref__");
    private static final PyStr MRO = PyStr.of("mro");
    private static final PyStr MRO_ENTRIES = PyStr.of("__mro_entries__");

    /** {@code type.__new__(meta, name, bases, dict, **kwds)}: the {@code tp_new} of {@code type}. */
    static PyObject typeNew(PyObject metatype, PyObject[] args, String[] kwnames) {
        PyType meta = (PyType) metatype;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (meta == PyType.TYPE && npos == 1 && nkw == 0) {
            return args[0].type();
        }
        if (npos != 3) {
            throw PyErr.typeError(npos == 1 ? "type.__new__() takes exactly 3 arguments (1 given)" : "type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %s", PyErr.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %s", PyErr.typeName(args[1]));
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %s", PyErr.typeName(args[2]));
        }
        if (name.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        for (PyObject b : bases.items()) {
            if (!(b instanceof PyType) && Abstract.lookupAttr(b, MRO_ENTRIES) != null) {
                throw PyErr.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = calculateMetaclass(meta, bases.items());
        if (winner != meta && winner.tp_new != PyType.TYPE.tp_new) {
            return winner.tp_new.call(winner, args, kwnames);
        }
        String[] kwn = nkw == 0 ? new String[0] : kwnames;
        PyObject[] kwv = new PyObject[nkw];
        System.arraycopy(args, npos, kwv, 0, nkw);
        return make(winner, name.value(), bases.items(), ns, kwn, kwv);
    }

    /** {@code _PyType_CalculateMetaclass}: the most derived metaclass of {@code meta} and the bases'. */
    static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType t = b.type();
            if (winner.isSubtype(t)) {
                continue;
            }
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PyType make(PyType meta, String name, PyObject[] baseObjs, PyDict ns, String[] kwnames, PyObject[] kwvalues) {
        PyType[] bases = checkBases(baseObjs);
        PyType base = bestBase(bases);
        PyDict dict = ns.copy();
        Layout layout = slots(name, base, dict);
        PyHeapType type = new PyHeapType(name, solidBase(base).javaClass(), meta);
        type.setDict(dict);
        type.setBases(bases);
        type.setBase(base);
        type.setLayout(layout.names, layout.count, layout.dict || hasDict(base), layout.weakref || hasWeakref(base));
        setSpecialEntries(type, dict);
        addDescriptors(type, layout);
        setReadyEntries(dict);
        type.inheritSlots();
        SlotDispatch.fixup(type);
        customMro(type);
        setNames(type);
        initSubclass(type, kwnames, kwvalues);
        return type;
    }

    private static PyType[] checkBases(PyObject[] baseObjs) {
        if (baseObjs.length == 0) {
            return new PyType[] {PyType.OBJECT};
        }
        PyType[] bases = new PyType[baseObjs.length];
        for (int i = 0; i < baseObjs.length; i++) {
            if (!(baseObjs[i] instanceof PyType b)) {
                throw PyErr.typeError("bases must be types");
            }
            if ((b.flags & PyType.BASETYPE) == 0) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.getName());
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) {
                    throw PyErr.typeError("duplicate base class %s", b.getName());
                }
            }
            bases[i] = b;
        }
        return bases;
    }

    /** {@code best_base}: the base whose instance layout every other base's is a prefix of. */
    static PyType bestBase(PyType[] bases) {
        PyType base = null;
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtype(candidate)) {
                continue;
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** {@code solid_base}: the nearest type that adds to the instance layout. */
    static PyType solidBase(PyType t) {
        if (t instanceof PyHeapType h) {
            PyType b = t.base();
            return h.slotCount() > (b instanceof PyHeapType hb ? hb.slotCount() : 0) ? t : solidBase(b);
        }
        PyType b = t.base();
        return b != null && b.javaClass() == t.javaClass() ? solidBase(b) : t;
    }

    private record Layout(List<String> names, int start, int count, boolean dict, boolean weakref) {
    }

    private static boolean hasDict(PyType base) {
        if (base instanceof PyHeapType h) {
            return h.hasInstanceDict();
        }
        return base != PyType.OBJECT && (WithDict.class.isAssignableFrom(base.javaClass()) || base.lookup(DICT) != null);
    }

    private static boolean hasWeakref(PyType base) {
        return base instanceof PyHeapType h && h.hasWeakrefs();
    }

    /** Reads {@code __slots__}: the slot names (mangled, sorted) and whether to add a dict and weakrefs. */
    private static Layout slots(String className, PyType base, PyDict dict) {
        int start = base instanceof PyHeapType h ? h.slotCount() : 0;
        boolean baseDict = hasDict(base);
        boolean baseWeak = hasWeakref(base);
        PyObject spec = dict.getItem(SLOTS);
        if (spec == null) {
            return new Layout(List.of(), start, start, true, !isVarSized(solidBase(base)));
        }
        List<PyObject> items = new ArrayList<>();
        if (spec instanceof PyStr) {
            items.add(spec);
        } else {
            PyObject it = Abstract.getIter(spec);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                items.add(x);
            }
        }
        boolean addDict = false;
        boolean addWeak = false;
        TreeSet<String> names = new TreeSet<>();
        for (PyObject item : items) {
            if (!(item instanceof PyStr s)) {
                throw PyErr.typeError("__slots__ items must be strings, not '%s'", PyErr.typeName(item));
            }
            String n = s.value();
            if (!isIdentifier(n)) {
                throw PyErr.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (baseDict || addDict) {
                    throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
            } else if (n.equals("__weakref__")) {
                if (baseWeak || addWeak) {
                    throw PyErr.typeError("__weakref__ slot disallowed: we already got one");
                }
                addWeak = true;
            } else {
                String mangled = mangle(className, n);
                if (dict.getItem(PyStr.of(mangled)) != null) {
                    throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", mangled);
                }
                names.add(mangled);
            }
        }
        if (!names.isEmpty() && isVarSized(solidBase(base))) {
            throw PyErr.typeError("nonempty __slots__ not supported for subtype of '%s'", base.getName());
        }
        return new Layout(new ArrayList<>(names), start, start + names.size(), addDict, addWeak);
    }

    /** Whether instances of builtin {@code t} have a variable size ({@code tp_itemsize != 0}). */
    private static boolean isVarSized(PyType t) {
        String n = t.getName();
        return !t.isHeapType() && (n.equals("int") || n.equals("tuple") || n.equals("bytes"));
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!Character.isUnicodeIdentifierPart(s.codePointAt(i)) || Character.isIdentifierIgnorable(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code _Py_Mangle}: {@code __x} in class {@code C} is {@code _C__x}. */
    static String mangle(String className, String n) {
        if (!n.startsWith("__") || n.endsWith("__") || n.contains(".")) {
            return n;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? n : "_" + stripped + n;
    }

    /** The namespace entries {@code type_new} reads or adds: qualname, module, doc, classcell, hash. */
    private static void setSpecialEntries(PyHeapType type, PyDict dict) {
        PyObject qualname = dict.getItem(QUALNAME);
        if (qualname != null) {
            if (!(qualname instanceof PyStr q)) {
                throw PyErr.typeError("type __qualname__ must be a str, not %s", PyErr.typeName(qualname));
            }
            type.setQualname(q.value());
            dict.delItem(QUALNAME);
        }
        if (dict.getItem(MODULE) == null) {
            CallerFrame f = CallerFrame.current();
            PyObject module = f == null ? null : f.globals().getItem(NAME);
            if (module != null) {
                dict.setItem(MODULE, module);
            }
        }
        wrapFunction(dict, NEW, PyStaticMethod::of);
        wrapFunction(dict, INIT_SUBCLASS, PyClassMethod::of);
        wrapFunction(dict, CLASS_GETITEM, PyClassMethod::of);
        PyObject cell = dict.getItem(CLASSCELL);
        if (cell != null) {
            if (!(cell instanceof Cell c)) {
                throw PyErr.typeError("__classcell__ must be a nonlocal cell, not %s", Abstract.repr(cell.type()).value());
            }
            c.cellSet(type);
            dict.delItem(CLASSCELL);
        }
    }

    /** What {@code PyType_Ready} adds last: {@code __doc__}, and {@code __hash__ = None} beside {@code __eq__}. */
    private static void setReadyEntries(PyDict dict) {
        if (dict.getItem(DOC) == null) {
            dict.setItem(DOC, PyNone.NONE);
        }
        if (dict.getItem(EQ) != null && dict.getItem(HASH) == null) {
            dict.setItem(HASH, PyNone.NONE);
        }
    }

    private static void wrapFunction(PyDict dict, PyStr key, java.util.function.Function<PyObject, PyObject> wrap) {
        PyObject v = dict.getItem(key);
        if (v instanceof FunctionObject) {
            dict.setItem(key, wrap.apply(v));
        }
    }

    /** Member descriptors for the slots, and {@code __dict__}/{@code __weakref__} where first added. */
    private static void addDescriptors(PyHeapType type, Layout layout) {
        PyDict dict = type.dict();
        for (int i = 0; i < layout.names.size(); i++) {
            String n = layout.names.get(i);
            dict.setItem(PyStr.of(n), new PyMemberDescr(type, n, layout.start + i));
        }
        PyType base = type.base();
        if (layout.dict && !hasDict(base)) {
            dict.setItem(DICT, new PyGetSetDescr(type, "__dict__", null, TypeNew::getInstanceDict, TypeNew::setInstanceDict));
        }
        if (layout.weakref && !hasWeakref(base)) {
            dict.setItem(WEAKREF, new PyGetSetDescr(type, "__weakref__", "list of weak references to the object",
                    TypeNew::firstWeakref, null));
        }
    }

    private static PyObject firstWeakref(PyObject o) {
        PyObject r = WeakRefList.first(o);
        return r == null ? PyNone.NONE : r;
    }

    private static PyObject getInstanceDict(PyObject o) {
        PyDict d = o instanceof WithDict wd ? wd.getDict() : null;
        if (d == null) {
            throw org.sanca.runtime.objects.GenericAttr.noAttribute(o, DICT);
        }
        return d;
    }

    private static void setInstanceDict(PyObject o, PyObject v) {
        if (v != null && !(v instanceof PyDict)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", PyErr.typeName(v));
        }
        if (!(o instanceof PyInstance inst)) {
            throw PyErr.format(PyExc.AttributeError, "attribute '__dict__' of '%s' objects is not writable", PyErr.typeName(o));
        }
        inst.setDict((PyDict) v);
    }

    /** A metaclass overriding {@code mro()} decides the MRO: {@code mro_invoke}. */
    private static void customMro(PyHeapType type) {
        PyType meta = type.type();
        if (meta == PyType.TYPE || meta.lookup(MRO) == PyType.TYPE.lookup(MRO)) {
            return;
        }
        PyObject result = Abstract.callMethod(type, "mro");
        PyObject it = Abstract.getIter(result);
        List<PyType> mro = new ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyType t)) {
                throw PyErr.typeError("mro() returned a non-class ('%s')", PyErr.typeName(x));
            }
            mro.add(t);
        }
        type.setMro(mro.toArray(new PyType[0]));
        type.inheritSlots();
        SlotDispatch.fixup(type);
    }

    /** {@code type_new_set_names}: calls {@code __set_name__} on each attribute that has it. */
    private static void setNames(PyHeapType type) {
        PyDict dict = type.dict();
        PyObject[] keys = dict.keysArray();
        PyObject[] values = dict.valuesArray();
        for (int i = 0; i < keys.length; i++) {
            PyObject setName = Special.lookupBound(values[i], SET_NAME);
            if (setName == null) {
                continue;
            }
            try {
                Abstract.call(setName, type, keys[i]);
            } catch (PyException e) {
                addNote(e, String.format("Error calling __set_name__ on '%s' instance %s in '%s'",
                        PyErr.typeName(values[i]), Abstract.repr(keys[i]).value(), type.getName()));
                throw e;
            }
        }
    }

    private static void addNote(PyException e, String note) {
        PyDict d = e.value().getDict();
        PyStr key = PyStr.of("__notes__");
        PyObject notes = d.getItem(key);
        if (!(notes instanceof PyList)) {
            notes = new PyList();
            d.setItem(key, notes);
        }
        ((PyList) notes).append(PyStr.of(note));
    }

    /** {@code init_subclass}: {@code super(type, type).__init_subclass__(**kwds)}. */
    private static void initSubclass(PyHeapType type, String[] kwnames, PyObject[] kwvalues) {
        PyObject f = Abstract.getAttr(PySuper.of(type, type), INIT_SUBCLASS);
        Abstract.call(f, kwvalues, kwnames.length == 0 ? null : kwnames);
    }
}
