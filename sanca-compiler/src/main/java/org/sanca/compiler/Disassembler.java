package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link CodeUnit} the way CPython's {@code dis.dis} prints a code object (Lib/dis.py):
 * line numbers, jump-target markers, instruction index, name, argument and its meaning, then
 * the exception table, then the nested code units.
 */
public final class Disassembler {
    private static final String[] BINARY_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] COMPARE_OPS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] INTRINSIC1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
        "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
        "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
        "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    private static final String[] INTRINSIC2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS"};
    private static final String[] FORMAT_CONVERSIONS = {"", "str", "repr", "ascii"};

    private Disassembler() {
    }

    /** The full listing of {@code code} and of the code units nested in its constants. */
    public static String disassemble(CodeUnit code) {
        StringBuilder sb = new StringBuilder();
        disassemble(code, sb);
        return sb.toString();
    }

    /** The opcode names of {@code code}, in order: what structural tests compare. */
    public static List<String> opnames(CodeUnit code) {
        List<String> out = new ArrayList<>();
        for (int instr : code.code) {
            out.add(Opcode.name(Opcode.op(instr)));
        }
        return out;
    }

    private static void disassemble(CodeUnit code, StringBuilder sb) {
        boolean[] targets = new boolean[code.code.length + 1];
        for (int instr : code.code) {
            if (isJump(Opcode.op(instr))) {
                targets[Opcode.arg(instr)] = true;
            }
        }
        for (int i = 0; i < code.exceptionTable.length; i += 5) {
            targets[code.exceptionTable[i + 2]] = true;
        }
        int lastLine = -2;
        for (int i = 0; i < code.code.length; i++) {
            int line = code.lineOf(i);
            if (line != lastLine && i > 0) {
                sb.append('\n');
            }
            String lineText = line != lastLine ? (line < 0 ? "None" : Integer.toString(line)) : "";
            lastLine = line;
            int op = Opcode.op(code.code[i]);
            int arg = Opcode.arg(code.code[i]);
            sb.append(String.format("%4s %2s %5d %-24s", lineText, targets[i] ? ">>" : "", i, Opcode.name(op)));
            if (op >= HAVE_ARGUMENT || arg != 0) {
                sb.append(String.format(" %5d", arg));
                String meaning = argRepr(code, op, arg);
                if (!meaning.isEmpty()) {
                    sb.append(" (").append(meaning).append(')');
                }
            }
            sb.setLength(stripTrailing(sb));
            sb.append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < code.exceptionTable.length; i += 5) {
                int[] t = code.exceptionTable;
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", t[i], t[i + 1], t[i + 2], t[i + 3],
                    t[i + 4] != 0 ? " lasti" : ""));
            }
        }
        for (Object c : code.consts) {
            if (c instanceof CodeUnit inner) {
                sb.append("\nDisassembly of ").append(codeRepr(inner)).append(":\n");
                disassemble(inner, sb);
            }
        }
    }

    private static int stripTrailing(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        return n;
    }

    static boolean isJump(int op) {
        return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT
            || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE
            || op == POP_JUMP_IF_NOT_NONE || op == FOR_ITER || op == SEND;
    }

    private static String codeRepr(CodeUnit c) {
        return "<code object " + c.name + ", file \"" + c.filename + "\", line " + c.firstLineNo + ">";
    }

    private static String constRepr(Object c) {
        return c instanceof CodeUnit inner ? codeRepr(inner) : Unparser.constantRepr(c);
    }

    private static String local(CodeUnit code, int i) {
        return i < code.localsPlusNames.length ? code.localsPlusNames[i] : "<" + i + ">";
    }

    private static String name(CodeUnit code, int i) {
        return i < code.names.length ? code.names[i] : "<" + i + ">";
    }

    private static String argRepr(CodeUnit code, int op, int arg) {
        if (isJump(op)) {
            return "to " + arg;
        }
        return switch (op) {
            case LOAD_CONST, RETURN_CONST, KW_NAMES -> arg < code.consts.length ? constRepr(code.consts[arg]) : "";
            case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL,
                 IMPORT_NAME, IMPORT_FROM, LOAD_FROM_DICT_OR_GLOBALS -> name(code, arg);
            case LOAD_GLOBAL -> ((arg & 1) != 0 ? "NULL + " : "") + name(code, arg >> 1);
            case LOAD_ATTR -> ((arg & 1) != 0 ? "NULL|self + " : "") + name(code, arg >> 1);
            case LOAD_SUPER_ATTR -> ((arg & 1) != 0 ? "NULL|self + " : "") + name(code, arg >> 2);
            case LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF,
                 DELETE_DEREF, LOAD_CLOSURE, MAKE_CELL, LOAD_FROM_DICT_OR_DEREF -> local(code, arg);
            case COMPARE_OP -> (arg >> 4) < COMPARE_OPS.length ? COMPARE_OPS[arg >> 4] : "";
            case BINARY_OP -> arg < 13 ? BINARY_OPS[arg] : arg < 26 ? BINARY_OPS[arg - 13] + "=" : "";
            case IS_OP -> arg == 0 ? "is" : "is not";
            case CONTAINS_OP -> arg == 0 ? "in" : "not in";
            case CALL_INTRINSIC_1 -> arg < INTRINSIC1.length ? INTRINSIC1[arg] : "";
            case CALL_INTRINSIC_2 -> arg < INTRINSIC2.length ? INTRINSIC2[arg] : "";
            case FORMAT_VALUE -> FORMAT_CONVERSIONS[arg & 3] + ((arg & 4) != 0 ? (arg & 3) != 0
                ? ", with format" : "with format" : "");
            case BUILD_SLICE, UNPACK_SEQUENCE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, CALL, COPY, SWAP -> "";
            default -> "";
        };
    }
}
