package org.sanca.runtime.modules.atexit;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code atexit} module ({@code Modules/atexitmodule.c}): functions registered here run when
 * the interpreter finishes, newest first. The list lives in the interpreter's state
 * ({@link ExitFunctions}), where the interpreter's exit sequence finds it.
 */
public final class AtexitModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public AtexitModule() {
    }

    @Override
    public String name() {
        return "atexit";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, AtexitModule.class);
        d.setItem(PyStr.of("__doc__"), PyStr.of("allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\n"
                + "Two public functions, register and unregister, are defined.\n"));
    }

    private static ExitFunctions functions() {
        return ExitFunctions.of(InterpreterState.current());
    }

    @PyMethod(value = "($module, *args, **kwargs)", doc = "Register a function to be executed upon normal program termination\n\n"
            + "    func - function to be called at exit\n"
            + "    args - optional arguments to pass to func\n"
            + "    kwargs - optional keyword arguments to pass to func\n\n"
            + "    func is returned to facilitate usage as a decorator.")
    static PyObject register(PyTuple args, PyDict kwargs) {
        if (args.size() == 0) {
            throw PyErr.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = args.get(0);
        if (func.type().tp_call == null) {
            throw PyErr.typeError("the first argument must be callable");
        }
        functions().add(func, PyTuple.of(java.util.Arrays.copyOfRange(args.items(), 1, args.size())), kwargs);
        return func;
    }

    @PyMethod(value = "($module, *args)", doc = "Unregister an exit function which was previously registered using\n"
            + "atexit.register\n\n"
            + "    func - function to be unregistered")
    static PyObject unregister(PyTuple args) {
        if (args.size() != 1) {
            throw PyErr.typeError("atexit.unregister() takes exactly one argument (%d given)", args.size());
        }
        functions().remove(args.get(0));
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Run all registered exit functions.\n\n"
            + "If a callback raises an exception, it is logged with sys.unraisablehook.")
    static PyObject _run_exitfuncs() {
        functions().runAll();
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Clear the list of previously registered exit functions.")
    static PyObject _clear() {
        functions().clear();
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Return the number of registered exit functions.")
    static PyObject _ncallbacks() {
        return PyInt.of(functions().count());
    }
}
