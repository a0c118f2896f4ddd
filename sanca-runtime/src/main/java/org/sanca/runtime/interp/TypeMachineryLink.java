package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.BoundMethods;
import org.sanca.runtime.types.CallerFrame;

/**
 * What the type machinery ({@code org.sanca.runtime.types}) reads from running frames: the
 * globals for {@code type()}'s {@code __module__}, and the first argument and {@code __class__}
 * cell of zero-argument {@code super()} ({@code super_init_without_args} in CPython). Installed
 * once when the first thread state is made.
 */
final class TypeMachineryLink implements CallerFrame {
    private static final String CLASS_CELL = "__class__";

    private final PyFrame frame;

    private TypeMachineryLink(PyFrame frame) {
        this.frame = frame;
    }

    static void install() {
        CallerFrame.Holder.install(TypeMachineryLink::current);
        BoundMethods.install(PyBoundMethod::new);
        org.sanca.runtime.types.ModuleImport.install(name -> ThreadState.current().interp.importer().importModule(name));
    }

    private static CallerFrame current() {
        ThreadState ts = ThreadState.current();
        PyFrame f = ts == null ? null : ts.frame;
        return f == null ? null : new TypeMachineryLink(f);
    }

    @Override
    public PyDict globals() {
        return frame.globals;
    }

    @Override
    public int argCount() {
        return frame.locals != null ? 0 : frame.code.argCount;
    }

    @Override
    public PyObject firstArgument() {
        PyObject v = frame.fast[0];
        return v instanceof PyCell c && (frame.code.unit.localsPlusKinds[0] & org.sanca.compiler.CodeUnit.CO_FAST_CELL) != 0
                ? c.ref : v;
    }

    private int classCellIndex() {
        for (int i = frame.code.firstFree; i < frame.code.nlocalsplus; i++) {
            if (frame.code.localNames[i].value().equals(CLASS_CELL)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean hasClassCell() {
        return classCellIndex() >= 0;
    }

    @Override
    public PyObject classCellContents() {
        int i = classCellIndex();
        return i >= 0 && frame.fast[i] instanceof PyCell c ? c.ref : null;
    }
}
