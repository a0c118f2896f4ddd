package org.sanca.compiler;

import java.math.BigInteger;
import org.sanca.ast.*;

/** CPython's {@code infer_type} (Python/compile.c): the type name an expression surely has, or null. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(Expr e, Object constant) {
        if (constant != null) {
            return ofConstant(constant);
        }
        return switch (e) {
            case Tuple t -> "tuple";
            case org.sanca.ast.List l -> "list";
            case ListComp l -> "list";
            case Dict d -> "dict";
            case DictComp d -> "dict";
            case org.sanca.ast.Set s -> "set";
            case SetComp s -> "set";
            case GeneratorExp g -> "generator";
            case Lambda l -> "function";
            case JoinedStr j -> "str";
            case FormattedValue f -> "str";
            case Slice s -> "slice";
            default -> null;
        };
    }

    static String ofConstant(Object v) {
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case Imaginary i -> "complex";
            case ComplexConst c -> "complex";
            case String s -> "str";
            case Bytes b -> "bytes";
            case ConstTuple t -> "tuple";
            case Singleton s -> s == Singleton.NONE ? "NoneType" : "ellipsis";
            default -> "object";
        };
    }
}
