package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _decimal} module ({@code Modules/_decimal/_decimal.c}): Decimal, Context, the
 * signals, the rounding constants and the current-context functions. {@code decimal} re-exports
 * it and adds what is plainer in Python ({@code localcontext}'s manager, {@code DecimalTuple}).
 */
public final class DecimalModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public DecimalModule() {
    }

    @Override
    public String name() {
        return "_decimal";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(DecimalModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        DecimalState st = interp.moduleState(DecimalState.class, DecimalState::newState);
        d.setItem(PyStr.of("Decimal"), PyDecimal.TYPE);
        d.setItem(PyStr.of("Context"), PyDecContext.TYPE);
        d.updateFrom(st.classes);
        d.setItem(PyStr.of("DefaultContext"), st.defaultContext);
        d.setItem(PyStr.of("BasicContext"), st.basicContext);
        d.setItem(PyStr.of("ExtendedContext"), st.extendedContext);
        for (Rounding r : Rounding.values()) {
            d.setItem(PyStr.of(r.name()), PyStr.of(r.name()));
        }
        d.setItem(PyStr.of("MAX_PREC"), PyInt.of(PyDecContext.MAX_PREC));
        d.setItem(PyStr.of("MAX_EMAX"), PyInt.of(PyDecContext.MAX_EMAX));
        d.setItem(PyStr.of("MIN_EMIN"), PyInt.of(PyDecContext.MIN_EMIN));
        d.setItem(PyStr.of("MIN_ETINY"), PyInt.of(PyDecContext.MIN_EMIN - (PyDecContext.MAX_PREC - 1)));
        d.setItem(PyStr.of("HAVE_THREADS"), PyBool.TRUE);
        d.setItem(PyStr.of("HAVE_CONTEXTVAR"), PyBool.TRUE);
        d.setItem(PyStr.of("__version__"), PyStr.of("1.70"));
        d.setItem(PyStr.of("__libmpdec_version__"), PyStr.of("2.5.1"));
        d.setItem(PyStr.of("__doc__"), PyStr.of("C decimal arithmetic module"));
    }

    @PyMethod("($module, /)")
    static PyObject getcontext() {
        return DecimalState.get().context();
    }

    @PyMethod("($module, context, /)")
    static PyObject setcontext(PyObject context) {
        if (!(context instanceof PyDecContext c)) {
            throw PyErr.typeError("argument must be a context");
        }
        DecimalState st = DecimalState.get();
        boolean template = c == st.defaultContext || c == st.basicContext || c == st.extendedContext;
        st.setContext(template ? c.copyAs(PyDecContext.TYPE) : c);
        return PyNone.NONE;
    }

    /** The context a {@code localcontext} block runs under: a copy of {@code ctx} (or the current one) with {@code kwargs} applied. */
    @PyMethod("($module, ctx, kwargs, /)")
    static PyObject _local_copy(PyObject ctx, PyObject kwargs) {
        PyDecContext base = Convert.context(ctx);
        PyDecContext c = base.copyAs(base.type());
        PyDict kw = (PyDict) kwargs;
        PyObject[] values = new PyObject[kw.size()];
        String[] names = new String[kw.size()];
        int i = 0;
        for (PyObject k : kw.keysArray()) {
            names[i] = ((PyStr) k).value();
            values[i] = kw.getItem(k);
            i++;
        }
        c.configure(Args.bind(ContextSlots.PARAMS, values, names));
        return c;
    }

    /** Receives {@code DecimalTuple} from {@code decimal}, which makes it with {@code collections.namedtuple}. */
    @PyMethod("($module, tuple_type, /)")
    static PyObject _set_tuple_type(PyObject tupleType) {
        DecimalState.get().setTupleType(tupleType);
        return PyNone.NONE;
    }
}
