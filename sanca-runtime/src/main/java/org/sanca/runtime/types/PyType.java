package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A Python type: CPython's {@code PyTypeObject} ({@code Objects/typeobject.c}). Behaviour is in
 * the slot fields, named as CPython names them; a null slot means the type does not support
 * the operation (after inheritance from the bases has been applied).
 *
 * <p>Builtin types are made by {@link #builtin}: their slots are set by Java code beside their
 * implementation and their named methods are declared with {@link PyMethod} and
 * {@link PyGetter} on the Java class; the dict is filled from those declarations on first use,
 * so a program pays only for the types it touches.
 *
 * <p>Every type has a version tag that changes whenever the type or one of its bases changes;
 * caches keyed on it (attribute and global lookups in the interpreter) are then invalid.
 */
public class PyType extends PyObject {
    /** {@code Py_TPFLAGS_HEAPTYPE}: made by a class statement or {@code type(name, bases, dict)}. */
    public static final int HEAPTYPE = 1 << 9;
    /** {@code Py_TPFLAGS_BASETYPE}: may be subclassed. */
    public static final int BASETYPE = 1 << 10;
    /** {@code Py_TPFLAGS_IMMUTABLETYPE}: attributes cannot be set. */
    public static final int IMMUTABLETYPE = 1 << 8;
    /**
     * {@code Py_TPFLAGS_SEQUENCE}: a builtin type outside list/tuple/range/memoryview that a
     * {@code match} sequence pattern accepts (deque, array), for it and its subclasses.
     */
    public static final int SEQUENCE = 1 << 5;

    /** Whether this type or a class in its MRO carries {@code flag}. */
    public boolean hasFlagInMro(int flag) {
        for (PyType t : mro()) {
            if ((t.flags & flag) != 0) {
                return true;
            }
        }
        return false;
    }

    private static final AtomicInteger NEXT_VERSION = new AtomicInteger(1);

    /** The lookup cache's mark for a name no class in the MRO has. */
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    /** The type {@code type}. */
    public static final PyType TYPE;
    /** The type {@code object}, root of every MRO. */
    public static final PyType OBJECT;

    static {
        OBJECT = new PyType("object", PyObject.class, null);
        OBJECT.flags = BASETYPE | IMMUTABLETYPE;
        OBJECT.setBases(new PyType[0]);
        ObjectSlots.fill(OBJECT);
        OBJECT.dictFiller = ObjectMethods::fillDict;
        TYPE = new PyType("type", PyType.class, null);
        TYPE.flags = BASETYPE | IMMUTABLETYPE;
        TYPE.setBases(new PyType[] {OBJECT});
        TypeSlots.fill(TYPE);
        TYPE.inheritSlots();
        TYPE.dictFiller = TypeMethods::fillDict;
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
    }

    private String name;
    private String qualname;
    private final Class<? extends PyObject> javaClass;
    private PyType metatype;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    private volatile PyDict dict;
    /** A builtin's dict while its filler runs: seen only by the filling thread (which holds the lock). */
    private PyDict dictBeingFilled;
    private Consumer<PyType> dictFiller;
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();
    public int flags;
    private volatile int versionTag = NEXT_VERSION.getAndIncrement();
    /**
     * {@link #lookup} results by name ({@code MISSING} for absent), CPython's method cache. A
     * change replaces the whole map, so a lookup racing with it can only fill the old one.
     */
    private volatile ConcurrentHashMap<String, PyObject> lookupCache = new ConcurrentHashMap<>();


    public UnaryFunc tp_repr;
    public UnaryFunc tp_str;
    public HashFunc tp_hash;
    public CallFunc tp_call;
    public GetAttrFunc tp_getattro;
    public SetAttrFunc tp_setattro;
    public RichCmpFunc tp_richcompare;
    public UnaryFunc tp_iter;
    public IterNextFunc tp_iternext;
    public DescrGetFunc tp_descr_get;
    public DescrSetFunc tp_descr_set;
    public CallFunc tp_new;
    public CallFunc tp_init;

    public BinaryFunc nb_add;
    public BinaryFunc nb_subtract;
    public BinaryFunc nb_multiply;
    public BinaryFunc nb_remainder;
    public BinaryFunc nb_divmod;
    public TernaryFunc nb_power;
    public UnaryFunc nb_negative;
    public UnaryFunc nb_positive;
    public UnaryFunc nb_absolute;
    public InquiryFunc nb_bool;
    public UnaryFunc nb_invert;
    public BinaryFunc nb_lshift;
    public BinaryFunc nb_rshift;
    public BinaryFunc nb_and;
    public BinaryFunc nb_xor;
    public BinaryFunc nb_or;
    public UnaryFunc nb_int;
    public UnaryFunc nb_float;
    public BinaryFunc nb_inplace_add;
    public BinaryFunc nb_inplace_subtract;
    public BinaryFunc nb_inplace_multiply;
    public BinaryFunc nb_inplace_remainder;
    public TernaryFunc nb_inplace_power;
    public BinaryFunc nb_inplace_lshift;
    public BinaryFunc nb_inplace_rshift;
    public BinaryFunc nb_inplace_and;
    public BinaryFunc nb_inplace_xor;
    public BinaryFunc nb_inplace_or;
    public BinaryFunc nb_floor_divide;
    public BinaryFunc nb_true_divide;
    public BinaryFunc nb_inplace_floor_divide;
    public BinaryFunc nb_inplace_true_divide;
    public UnaryFunc nb_index;
    public BinaryFunc nb_matrix_multiply;
    public BinaryFunc nb_inplace_matrix_multiply;

    public LenFunc sq_length;
    public BinaryFunc sq_concat;
    public SsizeArgFunc sq_repeat;
    public SsizeArgFunc sq_item;
    public ObjObjProc sq_contains;
    public BinaryFunc sq_inplace_concat;
    public SsizeArgFunc sq_inplace_repeat;

    /**
     * {@code bf_getbuffer}/{@code bf_releasebuffer} as PEP 688 shows them to Python: (self,
     * flags) gives a memoryview of the object's memory, (self, view) ends its use. Builtin buffer
     * types fill them; a class defining {@code __buffer__} is reached through
     * {@code objects.BufferProtocol} instead.
     */
    public BinaryFunc bf_getbuffer;
    public BinaryFunc bf_releasebuffer;

    public LenFunc mp_length;
    public BinaryFunc mp_subscript;
    public ObjObjArgProc mp_ass_subscript;

    protected PyType(String name, Class<? extends PyObject> javaClass, PyType metatype) {
        this.name = name;
        this.javaClass = javaClass;
        this.metatype = metatype;
    }

    /**
     * Makes a builtin type. {@code slots} sets its slot fields; the bases' slots are inherited
     * for the ones it leaves null. The named methods are read from {@code javaClass}'s
     * {@link PyMethod}/{@link PyGetter} declarations on first use of the dict.
     */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, PyType base, int flags,
                                 Consumer<PyType> slots) {
        return builtin(name, javaClass, base == null ? new PyType[0] : new PyType[] {base}, flags, slots);
    }

    /** Makes a builtin type with several bases (as {@code ExceptionGroup}). */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, PyType[] bases, int flags,
                                 Consumer<PyType> slots) {
        PyType t = new PyType(name, javaClass, TYPE);
        t.flags = flags | IMMUTABLETYPE;
        t.setBases(bases);
        slots.accept(t);
        t.inheritSlots();
        t.dictFiller = BuiltinMethods::fill;
        return t;
    }

    /**
     * Makes a builtin type whose own methods are declared as static methods of {@code methods}
     * (when not null; for types sharing their Java class with their base, as the exception
     * types do) and whose {@code __doc__} is {@code doc}.
     */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, PyType[] bases, int flags,
                                 Consumer<PyType> slots, Class<?> methods, String doc) {
        PyType t = builtin(name, javaClass, bases, flags, slots);
        t.dictFiller = type -> {
            if (methods == null) {
                BuiltinMethods.fill(type);
            } else {
                BuiltinMethods.fill(type, methods);
            }
            if (doc != null) {
                type.dict().setItem(PyStr.of("__doc__"), PyStr.of(doc));
            }
        };
        return t;
    }

    @Override
    public PyType type() {
        return metatype;
    }

    /** Sets {@code type(self)}; used while the type system starts and by metaclasses. */
    public void setMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    /** {@code __name__}. */
    public String getName() {
        return name;
    }

    /** {@code __qualname__}: the name for builtins, the dotted path in its module for classes. */
    public String getQualname() {
        return qualname != null ? qualname : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** The Java class whose instances are this type's instances. */
    public Class<? extends PyObject> javaClass() {
        return javaClass;
    }

    public PyType base() {
        return base;
    }

    public PyType[] bases() {
        return bases;
    }

    /** {@code __mro__}: this type first, then its bases in C3 order. */
    public PyType[] mro() {
        return mro;
    }

    public int versionTag() {
        return versionTag;
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    /**
     * The type's own dict ({@code __dict__}'s contents), filled on first use for builtins. Code
     * that changes it directly must call {@link #attributeChanged} (or {@link #modified}), as
     * lookups are cached.
     */
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = fillDict();
        }
        return d;
    }

    private synchronized PyDict fillDict() {
        if (dict != null) {
            return dict;
        }
        if (dictBeingFilled != null) {
            return dictBeingFilled;
        }
        // Other threads must not see the dict before it is complete: they wait on the lock.
        dictBeingFilled = new PyDict();
        try {
            if (dictFiller != null) {
                dictFiller.accept(this);
                dictFiller = null;
            }
            dict = dictBeingFilled;
        } finally {
            dictBeingFilled = null;
        }
        return dict;
    }

    /** Replaces the dict of a type being made by a class statement. */
    public void setDict(PyDict dict) {
        this.dict = dict;
        this.dictFiller = null;
        lookupCache = new ConcurrentHashMap<>();
    }

    /** Sets the bases and computes the MRO (C3 linearization, as CPython's {@code mro_internal}). */
    public void setBases(PyType[] bases) {
        if (this.bases != null) {
            for (PyType old : this.bases) {
                synchronized (old.subclasses) {
                    old.subclasses.removeIf(ref -> ref.get() == this || ref.get() == null);
                }
            }
        }
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.mro = Mro.compute(this, bases);
        lookupCache = new ConcurrentHashMap<>();
        for (PyType b : bases) {
            synchronized (b.subclasses) {
                b.subclasses.add(new java.lang.ref.WeakReference<>(this));
            }
        }
    }

    /** Sets {@code __base__}: for a class statement the base with the instance layout, not always the first. */
    void setBase(PyType base) {
        this.base = base;
    }

    /** Sets the MRO directly (a metaclass's {@code mro()} may return another order). */
    public void setMro(PyType[] mro) {
        this.mro = mro;
        modified();
    }

    /** The live direct subclasses. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (var ref : subclasses) {
                PyType t = ref.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Copies into each null slot the slot of the first base in the MRO that has it. */
    public void inheritSlots() {
        for (int i = 1; i < mro.length; i++) {
            SlotTable.inherit(this, mro[i]);
        }
    }

    /**
     * Looks {@code name} up along the MRO without invoking descriptors: CPython's
     * {@code _PyType_Lookup}. Returns null when no class in the MRO has it.
     */
    public PyObject lookup(PyStr name) {
        ConcurrentHashMap<String, PyObject> cache = lookupCache;
        PyObject v = cache.get(name.value());
        if (v == null) {
            v = lookupUncached(name);
            cache.put(name.value(), v == null ? MISSING : v);
        }
        return v == MISSING ? null : v;
    }

    /** {@link #lookup} without the cache. */
    PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code issubclass(self, other)} by the MRO, without {@code __subclasscheck__}. */
    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Called after {@code name} was set or deleted in this type's dict: invalidates caches.
     * For classes defined in Python the slot of a special method named {@code name} then
     * follows the dict ({@code update_slot} in CPython).
     */
    public void attributeChanged(PyStr name) {
        modified();
        if (isHeapType()) {
            SlotDispatch.update(this, name.value());
        }
    }

    /** Invalidates caches keyed on this type's version and every subclass's. */
    public void modified() {
        lookupCache = new ConcurrentHashMap<>();
        versionTag = NEXT_VERSION.getAndIncrement();
        for (PyType sub : subclasses()) {
            sub.modified();
        }
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
