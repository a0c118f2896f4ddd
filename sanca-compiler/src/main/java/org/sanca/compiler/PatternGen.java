package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanca.ast.*;
import org.sanca.compiler.symtable.SymbolTable;
import org.sanca.compiler.symtable.SyntaxErrors;

/** Code generation for the match statement: CPython 3.12's {@code compiler_match} and pattern helpers. */
abstract class PatternGen extends ExprGen {
    PatternGen(SymbolTable st, String filename, SyntaxErrors errors, int optimize, boolean interactive,
               FutureFeatures future) {
        super(st, filename, errors, optimize, interactive, future);
    }

    abstract void visitStmts(List<Stmt> stmts);

    /** CPython's {@code pattern_context}. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null;
    }

    static boolean isStarWildcard(Pattern p) {
        return p instanceof MatchStar s && s.name() == null;
    }

    final void match(Match s) {
        visitExpr(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        int ncases = cases.size();
        MatchCase m = cases.get(ncases - 1);
        int hasDefault = isWildcard(m.pattern()) && ncases > 1 ? 1 : 0;
        Context pc = new Context();
        for (int i = 0; i < ncases - hasDefault; i++) {
            m = cases.get(i);
            Loc ploc = Loc.of(m.pattern());
            if (i != ncases - hasDefault - 1) {
                addopI(COPY, 1, ploc);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == ncases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                nameop(name, ExprContext.Store, ploc);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != ncases - hasDefault - 1) {
                addop(POP_TOP, ploc);
            }
            visitStmts(m.body());
            jump(Pseudo.JUMP, end, Loc.NONE);
            emitAndResetFailPop(pc, ploc);
        }
        if (hasDefault == 1) {
            m = cases.get(ncases - 1);
            Loc ploc = Loc.of(m.pattern());
            addop(ncases == 1 ? POP_TOP : NOP, ploc);
            if (m.guard() != null) {
                jumpIf(m.guard(), end, false);
            }
            visitStmts(m.body());
        }
        bind(end);
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(new Label());
        }
    }

    private void jumpToFailPop(Context pc, int op, Loc loc) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Context pc, Loc loc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            bind(pc.failPop.get(i));
            addop(POP_TOP, loc);
        }
        bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count, Loc loc) {
        while (count > 1) {
            addopI(SWAP, count--, loc);
        }
    }

    private void storeName(String name, Context pc, Loc loc) {
        if (name == null) {
            addop(POP_TOP, loc);
            return;
        }
        forbiddenName(name, ExprContext.Store, loc);
        if (pc.stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", loc);
        }
        rotate(pc.onTop + pc.stores.size() + 1, loc);
        pc.stores.add(name);
    }

    private void pattern(Pattern p, Context pc) {
        Loc loc = Loc.of(p);
        switch (p) {
            case MatchValue v -> {
                if (!isValueExpr(v.value())) {
                    throw error("patterns may only match literals and attribute lookups", loc);
                }
                visitExpr(v.value());
                addCompare(CmpOp.Eq, loc);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
            }
            case MatchSingleton s -> {
                loadConst(s.value(), loc);
                addCompare(CmpOp.Is, loc);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
            }
            case MatchSequence s -> sequence(s, pc, loc);
            case MatchMapping m -> mapping(m, pc, loc);
            case MatchClass c -> classPattern(c, pc, loc);
            case MatchStar s -> storeName(s.name(), pc, loc);
            case MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        throw error(a.name() != null
                            ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable", loc);
                    }
                    storeName(a.name(), pc, loc);
                    return;
                }
                pc.onTop++;
                addopI(COPY, 1, loc);
                pattern(a.pattern(), pc);
                pc.onTop--;
                storeName(a.name(), pc, loc);
            }
            case MatchOr o -> orPattern(o, pc, loc);
        }
    }

    /** Literals and attribute lookups, and the signed and complex literals ast_opt would fold. */
    private static boolean isValueExpr(Expr e) {
        return switch (e) {
            case Constant c -> true;
            case Attribute a -> true;
            case UnaryOp u -> u.op() == UnaryOperator.USub && isValueExpr(u.operand());
            case BinOp b -> (b.op() == Operator.Add || b.op() == Operator.Sub) && isValueExpr(b.left())
                && isValueExpr(b.right());
            default -> false;
        };
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void sequence(MatchSequence p, Context pc, Loc loc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (pattern instanceof MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern", loc);
                }
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE, loc);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        if (star < 0) {
            addop(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(CmpOp.Eq, loc);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        } else if (size > 1) {
            addop(GET_LEN, loc);
            loadConst((long) (size - 1), loc);
            addCompare(CmpOp.GtE, loc);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addop(POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc, loc);
        } else {
            sequenceUnpack(patterns, pc, loc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Context pc, Loc loc) {
        int n = patterns.size();
        int star = -1;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof MatchStar) {
                star = i;
            }
        }
        unpack(n, star, "sequence pattern", loc);
        pc.onTop += n;
        for (Pattern pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Context pc, Loc loc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) {
                continue;
            }
            addopI(COPY, 1, loc);
            if (i < star) {
                loadConst((long) i, loc);
            } else {
                addop(GET_LEN, loc);
                loadConst((long) (size - i), loc);
                addopI(BINARY_OP, binaryOp(Operator.Sub), loc);
            }
            addop(BINARY_SUBSCR, loc);
            subpattern(pattern, pc);
        }
        pc.onTop--;
        addop(POP_TOP, loc);
    }

    private void classPattern(MatchClass p, Context pc, Loc loc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwd_attrs();
        List<Pattern> kwdPatterns = p.kwd_patterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            String attr = attrs.get(i);
            forbiddenName(attr, ExprContext.Store, Loc.of(kwdPatterns.get(i)));
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(attrs.get(j))) {
                    throw error("attribute name repeated in class pattern: " + attr, Loc.of(kwdPatterns.get(j)));
                }
            }
        }
        visitExpr(p.cls());
        loadConst(new ConstTuple(new ArrayList<>(attrs)), loc);
        addopI(MATCH_CLASS, nargs, loc);
        addopI(COPY, 1, loc);
        loadConst(NONE, loc);
        addopI(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        addopI(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                addop(POP_TOP, loc);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    private void mapping(MatchMapping p, Context pc, Loc loc) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        String starTarget = p.rest();
        pc.onTop++;
        addop(MATCH_MAPPING, loc);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            addop(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            addop(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(CmpOp.GtE, loc);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object folded = constantValue(key);
            if (folded != null) {
                if (!seen.add(ConstKey.of(folded))) {
                    throw error("mapping pattern checks duplicate key (" + Unparser.constantRepr(folded) + ")", loc);
                }
            } else if (!(key instanceof Attribute) && !isValueExpr(key)) {
                throw error("mapping pattern keys may only match literals and attribute lookups", loc);
            }
            visitExpr(key);
        }
        addopI(BUILD_TUPLE, size, loc);
        addop(MATCH_KEYS, loc);
        pc.onTop += 2;
        addopI(COPY, 1, loc);
        loadConst(NONE, loc);
        addopI(IS_OP, 1, loc);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE, loc);
        addopI(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            addopI(BUILD_MAP, 0, loc);
            addopI(SWAP, 3, loc);
            addopI(DICT_UPDATE, 2, loc);
            addopI(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                addopI(COPY, 1 + size--, loc);
                addopI(SWAP, 2, loc);
                addop(DELETE_SUBSCR, loc);
            }
            storeName(starTarget, pc, loc);
        } else {
            addop(POP_TOP, loc);
            addop(POP_TOP, loc);
        }
    }

    private void orPattern(MatchOr p, Context pc, Loc loc) {
        Label end = new Label();
        List<Pattern> alts = p.patterns();
        int size = alts.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            Loc aloc = Loc.of(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addopI(COPY, 1, aloc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names", loc);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw error("alternative patterns bind different names", loc);
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1, aloc);
                        }
                    }
                }
            }
            jump(Pseudo.JUMP, end, aloc);
            emitAndResetFailPop(pc, aloc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        addop(POP_TOP, loc);
        jumpToFailPop(pc, Pseudo.JUMP, loc);
        bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots, loc);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw error("multiple assignments to name '" + name + "' in pattern", loc);
            }
            pc.stores.add(name);
        }
        addop(POP_TOP, loc);
    }
}
