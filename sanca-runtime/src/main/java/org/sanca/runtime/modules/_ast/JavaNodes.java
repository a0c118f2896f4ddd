package org.sanca.runtime.modules._ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.sanca.ast.BoolOperator;
import org.sanca.ast.CmpOp;
import org.sanca.ast.ExprContext;
import org.sanca.ast.Operator;
import org.sanca.ast.UnaryOperator;

/**
 * Which record or enum constant of the parser's tree ({@code org.sanca.ast}) stands for each
 * node class, and how to read and build the records. The records carry CPython's field names
 * in CPython's order, so fields are matched by name; a few classes are named apart from
 * their Python counterparts (Java reserves {@code Expr} for the sum type).
 */
final class JavaNodes {
    private static final Map<String, String> RENAMED = Map.of("Expr", "ExprStmt", "keyword", "Keyword", "arg", "Arg",
            "arguments", "Arguments", "alias", "Alias", "comprehension", "Comprehension", "withitem", "WithItem",
            "match_case", "MatchCase");

    /** A record class of the parser's tree with its components and canonical constructor. */
    record Shape(String pyName, Class<?> type, RecordComponent[] components, String[] names, MethodHandle[] getters,
                 Constructor<?> constructor) {
        Object get(Object node, int i) {
            try {
                return getters[i].invoke(node);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Object make(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final Map<String, Shape> BY_NAME = new HashMap<>();
    static final Map<Class<?>, Shape> BY_CLASS = new HashMap<>();
    static final Map<String, Enum<?>> MEMBERS = new HashMap<>();

    static {
        for (Class<? extends Enum<?>> e : java.util.List.of(BoolOperator.class, CmpOp.class, ExprContext.class,
                Operator.class, UnaryOperator.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                MEMBERS.put(c.name(), c);
            }
        }
        for (NodeSpec spec : NodeSpec.ALL) {
            if (MEMBERS.containsKey(spec.name())) {
                continue;
            }
            Class<?> cls;
            try {
                cls = Class.forName("org.sanca.ast." + RENAMED.getOrDefault(spec.name(), spec.name()));
            } catch (ClassNotFoundException e) {
                continue;
            }
            if (cls.isRecord()) {
                Shape shape = shape(spec.name(), cls);
                BY_NAME.put(spec.name(), shape);
                BY_CLASS.put(cls, shape);
            }
        }
    }

    private JavaNodes() {
    }

    private static Shape shape(String name, Class<?> cls) {
        RecordComponent[] comps = cls.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        String[] names = new String[comps.length];
        try {
            for (int i = 0; i < comps.length; i++) {
                getters[i] = MethodHandles.publicLookup().unreflect(comps[i].getAccessor());
                types[i] = comps[i].getType();
                names[i] = comps[i].getName();
            }
            return new Shape(name, cls, comps, names, getters, cls.getDeclaredConstructor(types));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
