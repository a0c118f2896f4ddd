package org.sanca.runtime.modules._ast;

import org.sanca.ast.Expression;
import org.sanca.ast.FunctionType;
import org.sanca.ast.Interactive;
import org.sanca.ast.Mod;
import org.sanca.ast.Module;
import org.sanca.runtime.interp.Compile;
import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyType;

/**
 * The {@code _ast} module ({@code Python/Python-ast.c}): the node classes of {@code ast}, made
 * per interpreter from the node table, and the two conversions {@code compile()} needs between
 * the parser's tree (Java records) and trees of node objects: {@link #parse} for
 * {@code PyCF_ONLY_AST}, {@link #compile} for a tree handed to {@code compile()}.
 */
public final class AstModule implements NativeModule {
    /** compile()'s flag asking for the tree instead of a code object. */
    public static final int PY_CF_ONLY_AST = 0x400;
    private static final int PY_CF_TYPE_COMMENTS = 0x1000;
    private static final int PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    private static final String POSITIONS_OPTIONAL_END = "end_";

    /** The instance {@link java.util.ServiceLoader} makes. */
    public AstModule() {
    }

    @Override
    public String name() {
        return "_ast";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        AstState st = state(interp);
        PyDict d = module.getDict();
        synchronized (st) {
            if (st.astType == null) {
                makeClasses(st);
            }
        }
        d.setItem(PyStr.of("AST"), st.astType);
        for (NodeSpec spec : NodeSpec.ALL) {
            d.setItem(PyStr.of(spec.name()), st.classes.get(spec.name()));
        }
        d.setItem(PyStr.of("PyCF_ONLY_AST"), PyInt.of(PY_CF_ONLY_AST));
        d.setItem(PyStr.of("PyCF_TYPE_COMMENTS"), PyInt.of(PY_CF_TYPE_COMMENTS));
        d.setItem(PyStr.of("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PyInt.of(PY_CF_ALLOW_TOP_LEVEL_AWAIT));
    }

    static AstState state(InterpreterState interp) {
        return interp.moduleState(AstState.class, AstState::new);
    }

    private static void makeClasses(AstState st) {
        PyDict ns = namespace(PyTuple.EMPTY);
        ns.setItem(PyStr.of("_attributes"), PyTuple.EMPTY);
        PyType ast = (PyType) Abstract.call(PyType.TYPE, PyStr.of("AST"), PyTuple.of(PyType.OBJECT), ns);
        BuiltinMethods.addMethods(ast, AstMethods.class);
        st.astType = ast;
        st.add("AST", ast);
        for (NodeSpec spec : NodeSpec.ALL) {
            PyDict body = namespace(strings(spec.fields()));
            body.setItem(PyStr.of("__doc__"), PyStr.of(spec.doc()));
            if (spec.base().equals("AST")) {
                body.setItem(PyStr.of("_attributes"), strings(spec.attributes()));
                for (String a : spec.attributes()) {
                    if (a.startsWith(POSITIONS_OPTIONAL_END)) {
                        body.setItem(PyStr.of(a), PyNone.NONE);
                    }
                }
            }
            for (String f : spec.optional()) {
                body.setItem(PyStr.of(f), PyNone.NONE);
            }
            PyType base = st.classes.get(spec.base());
            PyType cls = (PyType) Abstract.call(PyType.TYPE, PyStr.of(spec.name()), PyTuple.of(base), body);
            st.add(spec.name(), cls);
        }
    }

    private static PyDict namespace(PyTuple fields) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        ns.setItem(PyStr.of("_fields"), fields);
        ns.setItem(PyStr.of("__match_args__"), fields);
        return ns;
    }

    private static PyTuple strings(java.util.List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return PyTuple.of(items);
    }

    /** The node classes of the running interpreter, importing {@code _ast} if nothing has yet. */
    private static AstState loaded() {
        InterpreterState interp = InterpreterState.current();
        AstState st = state(interp);
        if (st.astType == null) {
            interp.importer().importModule("_ast");
        }
        return st;
    }

    /** Whether {@code o} is a node object ({@code isinstance(o, ast.AST)}). */
    public static boolean isAst(PyObject o) {
        AstState st = state(InterpreterState.current());
        return st.astType != null && o.type().isSubtype(st.astType);
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the tree of node objects. */
    public static PyObject parse(String source, String filename, String mode) {
        Mod mod = Compile.parse(source, filename, mode);
        return new ToPython(loaded()).node(mod);
    }

    /** {@code compile(tree, filename, mode)}: the code object of a tree of node objects. */
    public static PyObject compile(PyObject tree, String filename, String mode, int optimize) {
        Mod mod = new ToJava(loaded()).module(tree);
        Class<?> wanted = switch (mode) {
            case "eval" -> Expression.class;
            case "single" -> Interactive.class;
            case "func_type" -> FunctionType.class;
            default -> Module.class;
        };
        if (!wanted.isInstance(mod)) {
            throw PyErr.typeError("expected %s node, got %s", wanted.getSimpleName(), tree.type().getName());
        }
        return Compile.compileTree(mod, filename, mode, optimize);
    }
}
