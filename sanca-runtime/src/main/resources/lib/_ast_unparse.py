"""ast.unparse(): source text from a tree of nodes (Sanca's implementation).

Kept apart from ast so that importing ast does not load it. Output follows
CPython 3.12's: four-space indentation, a blank line before each function and
class definition after the first statement, the fewest parentheses the
precedence of the operators needs, and string quotes chosen to avoid escapes.
"""

import sys
from ast import NodeVisitor, Constant, JoinedStr, FormattedValue, Name, Tuple, If, Expr, \
    FunctionDef, AsyncFunctionDef, ClassDef, Module

# Binding strength, weakest first: a node printed where a stronger one is required gets
# parentheses.
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, \
    FACTOR, POWER, AWAIT, ATOM = range(1, 19)
BOR = EXPR


def _stronger(level):
    return min(level + 1, ATOM)


_SINGLE = ("'", '"')
_TRIPLE = ('"""', "'''")
_QUOTES = _SINGLE + _TRIPLE
# A literal too large for a float is the only way to write infinity in source.
_INFINITY = "1e" + repr(sys.float_info.max_10_exp + 1)

_UNARY = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR), "USub": ("-", FACTOR)}
_BINARY = {
    "Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
    "Div": ("/", TERM), "Mod": ("%", TERM), "FloorDiv": ("//", TERM), "LShift": ("<<", SHIFT),
    "RShift": (">>", SHIFT), "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND),
    "Pow": ("**", POWER),
}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
            "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", AND), "Or": ("or", OR)}


_NAMED_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(text, whitespace_too):
    """Backslashes and unprintable characters escaped as the unicode_escape codec writes
    them; newlines and tabs only if asked."""
    out = []
    for ch in text:
        if ch in "\n\t" and not whitespace_too:
            out.append(ch)
        elif ch in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def _literal_body(text, quotes=_QUOTES, whitespace_too=False):
    """(body, usable quotes) for writing text as a string literal with the fewest escapes."""
    body = _escape(text, whitespace_too)
    usable = [q for q in quotes if "\n" not in body or q in _TRIPLE]
    usable = [q for q in usable if q not in body]
    if not usable:
        shown = repr(text)
        quote = next((q for q in quotes if shown[0] in q), shown[0])
        return shown[1:-1], [quote]
    if body:
        # A quote character at the very end would close the literal early: prefer the other.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class Unparser(NodeVisitor):
    """Turns a tree back into source text: Unparser().visit(tree)."""

    def __init__(self, *, _avoid_backslashes=False):
        self._parts = []
        self._levels = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # ------------------------------------------------------------ output

    def visit(self, node):
        self._parts = []
        self.traverse(node)
        return "".join(self._parts)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def write(self, *text):
        self._parts.extend(text)

    def newline_unless_first(self):
        if self._parts:
            self.write("\n")

    def fill(self, text=""):
        self.newline_unless_first()
        self.write("    " * self._indent + text)

    def capture(self, action, *args):
        """What action(*args) writes, as a string, without writing it."""
        saved = self._parts
        self._parts = []
        try:
            action(*args)
            return "".join(self._parts)
        finally:
            self._parts = saved

    def body(self, statements, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(statements)
        self._indent -= 1

    def joined(self, separator, items, action=None):
        action = action or self.traverse
        for index, item in enumerate(items):
            if index:
                self.write(separator)
            action(item)

    def items(self, items, action=None):
        """Comma-separated, with the trailing comma a one-item tuple needs."""
        action = action or self.traverse
        if len(items) == 1:
            action(items[0])
            self.write(",")
        else:
            self.joined(", ", items, action)

    def level_of(self, node):
        return self._levels.get(node, TEST)

    def set_level(self, level, *nodes):
        for node in nodes:
            self._levels[node] = level

    def wrapped(self, needed, action, *args):
        """action(*args), in parentheses when needed."""
        if needed:
            self.write("(")
        action(*args)
        if needed:
            self.write(")")

    def at_level(self, level, node, action, *args):
        """action(*args) for a node binding as strongly as level, parenthesised where the
        context needs something stronger."""
        self.wrapped(self.level_of(node) > level, action, *args)

    def type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        return None if comment is None else f" # type: {comment}"

    # ------------------------------------------------------------ modules

    def raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def docstring_then_body(self, node):
        doc = self.raw_docstring(node)
        if doc is None:
            self.traverse(node.body)
            return
        self.fill()
        if doc.kind == "u":
            self.write("u")
        self.string(doc.value, _TRIPLE)
        self.traverse(node.body[1:])

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f"ignore{ignore.tag}" for ignore in node.type_ignores}
        self.docstring_then_body(node)
        self._type_ignores.clear()

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write("(")
        self.joined(", ", node.argtypes)
        self.write(") -> ")
        self.traverse(node.returns)

    # ------------------------------------------------------------ simple statements

    def visit_Expr(self, node):
        self.fill()
        self.set_level(YIELD, node.value)
        self.traverse(node.value)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_level(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        self.wrapped(not node.simple and isinstance(node.target, Name), self.traverse, node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.joined(", ", node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.joined(", ", node.names, self.write)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.joined(", ", node.names, self.write)

    def visit_Import(self, node):
        self.fill("import ")
        self.joined(", ", node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.joined(", ", node.names)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def visit_TypeAlias(self, node):
        self.fill("type ")
        self.traverse(node.name)
        self.type_params(node.type_params)
        self.write(" = ")
        self.traverse(node.value)

    # ------------------------------------------------------------ compound statements

    def decorators(self, node):
        self.newline_unless_first()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)

    def type_params(self, params):
        if params:
            self.write("[")
            self.joined(", ", params)
            self.write("]")

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(": ")
            self.traverse(node.bound)

    def visit_TypeVarTuple(self, node):
        self.write("*" + node.name)

    def visit_ParamSpec(self, node):
        self.write("**" + node.name)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        self.type_params(getattr(node, 'type_params', None))
        if node.bases or node.keywords:
            self.write("(")
            self.joined(", ", node.bases + node.keywords)
            self.write(")")
        self.write(":")
        self._indent += 1
        self.docstring_then_body(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name)
        self.type_params(getattr(node, 'type_params', None))
        self.write("(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.write(":")
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.docstring_then_body(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def loop(self, node, keyword):
        self.fill(keyword + " ")
        self.set_level(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def visit_For(self, node):
        self.loop(node, "for")

    def visit_AsyncFor(self, node):
        self.loop(node, "async for")

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.body(node.body)
        # An else holding nothing but another if reads back as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.body(node.body)
        if node.orelse:
            self.fill("else")
            self.body(node.orelse)

    def with_statement(self, node, keyword):
        self.fill(keyword + " ")
        self.joined(", ", node.items)
        self.body(node.body, self.type_comment(node))

    def visit_With(self, node):
        self.with_statement(node, "with")

    def visit_AsyncWith(self, node):
        self.with_statement(node, "async with")

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def try_statement(self, node, star):
        outer = self._in_try_star
        self._in_try_star = star
        try:
            self.fill("try")
            self.body(node.body)
            self.traverse(node.handlers)
            if node.orelse:
                self.fill("else")
                self.body(node.orelse)
            if node.finalbody:
                self.fill("finally")
                self.body(node.finalbody)
        finally:
            self._in_try_star = outer

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as " + node.name)
        self.body(node.body)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.body(node.cases)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.body(node.body)

    # ------------------------------------------------------------ patterns

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.write("[")
        self.joined(", ", node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        self.write("{")
        pairs = list(zip(node.keys, node.patterns, strict=True))
        self.joined(", ", pairs, self.key_and_pattern)
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write("**" + node.rest)
        self.write("}")

    def key_and_pattern(self, pair):
        self.traverse(pair[0])
        self.write(": ")
        self.traverse(pair[1])

    def visit_MatchClass(self, node):
        self.set_level(ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.joined(", ", node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.write(", ")
            pairs = list(zip(node.kwd_attrs, node.kwd_patterns, strict=True))
            self.joined(", ", pairs, self.attribute_pattern)
        self.write(")")

    def attribute_pattern(self, pair):
        self.write(pair[0] + "=")
        self.traverse(pair[1])

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            self.at_level(TEST, node, self.pattern_as, node)

    def pattern_as(self, node):
        self.set_level(BOR, node.pattern)
        self.traverse(node.pattern)
        self.write(" as " + node.name)

    def visit_MatchOr(self, node):
        self.at_level(BOR, node, self.alternatives, node)

    def alternatives(self, node):
        self.set_level(_stronger(BOR), *node.patterns)
        self.joined(" | ", node.patterns)

    # ------------------------------------------------------------ expressions

    def visit_Name(self, node):
        self.write(node.id)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items(value, self.constant)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.constant(value)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFINITY).replace("nan", f"({_INFINITY}-{_INFINITY})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self.string(value)
        else:
            self.write(repr(value))

    def string(self, text, quotes=_QUOTES):
        body, usable = _literal_body(text, quotes)
        self.write(usable[0] + body + usable[0])

    def visit_JoinedStr(self, node):
        self.write("f")
        pieces = [(self.capture(self.fstring_piece, value), isinstance(value, Constant))
                  for value in node.values]
        quotes = list(_QUOTES)
        written = []
        for text, literal in pieces:
            if literal:
                text, usable = _literal_body(text, quotes, whitespace_too=True)
                if set(usable).isdisjoint(quotes):
                    written = None
                    break
                quotes = usable
            elif "\n" in text:
                quotes = [q for q in quotes if q in _TRIPLE]
            written.append(text)
        if written is None:
            # No one quote suits every literal part: repr() escapes them all for '''.
            quotes = ["'''"]
            written = [repr('"' + text)[2:-1] if literal else text for text, literal in pieces]
        self.write(quotes[0] + "".join(written) + quotes[0])

    def fstring_piece(self, node, in_format_spec=False):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_piece(value, in_format_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace("{", "{{").replace("}", "}}")
            if in_format_spec:
                text = text.replace("\n", "\\n")
            self.write(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)()
        inner.set_level(_stronger(TEST), node.value)
        expression = inner.visit(node.value)
        self.write("{")
        if expression.startswith("{"):
            self.write(" ")
        self.write(expression)
        if node.conversion != -1:
            self.write("!" + chr(node.conversion))
        if node.format_spec:
            self.write(":")
            self.fstring_piece(node.format_spec, True)
        self.write("}")

    def visit_NamedExpr(self, node):
        self.at_level(NAMED_EXPR, node, self.named_expr, node)

    def named_expr(self, node):
        self.set_level(ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(" := ")
        self.traverse(node.value)

    def visit_Await(self, node):
        self.at_level(AWAIT, node, self.prefixed, "await", node.value)

    def visit_Yield(self, node):
        self.at_level(YIELD, node, self.prefixed, "yield", node.value)

    def prefixed(self, keyword, value):
        self.write(keyword)
        if value:
            self.write(" ")
            self.set_level(ATOM, value)
            self.traverse(value)

    def visit_YieldFrom(self, node):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.at_level(YIELD, node, self.prefixed, "yield from", node.value)

    def visit_List(self, node):
        self.write("[")
        self.joined(", ", node.elts)
        self.write("]")

    def visit_Tuple(self, node):
        needed = not node.elts or self.level_of(node) > TUPLE
        self.wrapped(needed, self.items, node.elts)

    def visit_Set(self, node):
        if not node.elts:
            # {} would be a dict: an empty set has no display of its own.
            self.write("{*()}")
            return
        self.write("{")
        self.joined(", ", node.elts)
        self.write("}")

    def visit_Dict(self, node):
        self.write("{")
        self.joined(", ", list(zip(node.keys, node.values)), self.dict_item)
        self.write("}")

    def dict_item(self, pair):
        key, value = pair
        if key is None:
            self.write("**")
            self.set_level(EXPR, value)
        else:
            self.traverse(key)
            self.write(": ")
        self.traverse(value)

    def comprehension_display(self, opening, closing, node, *heads):
        self.write(opening)
        for index, head in enumerate(heads):
            if index:
                self.write(": ")
            self.traverse(head)
        self.traverse(node.generators)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display("[", "]", node, node.elt)

    def visit_SetComp(self, node):
        self.comprehension_display("{", "}", node, node.elt)

    def visit_GeneratorExp(self, node):
        self.comprehension_display("(", ")", node, node.elt)

    def visit_DictComp(self, node):
        self.comprehension_display("{", "}", node, node.key, node.value)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_level(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_level(_stronger(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(" if ")
            self.traverse(condition)

    def visit_IfExp(self, node):
        self.at_level(TEST, node, self.conditional, node)

    def conditional(self, node):
        self.set_level(_stronger(TEST), node.body, node.test)
        self.traverse(node.body)
        self.write(" if ")
        self.traverse(node.test)
        self.write(" else ")
        self.set_level(TEST, node.orelse)
        self.traverse(node.orelse)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[node.op.__class__.__name__]
        self.at_level(level, node, self.unary, symbol, level, node.operand)

    def unary(self, symbol, level, operand):
        self.write(symbol)
        if level != FACTOR:
            self.write(" ")
        self.set_level(level, operand)
        self.traverse(operand)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[node.op.__class__.__name__]
        self.at_level(level, node, self.binary, symbol, level, node)

    def binary(self, symbol, level, node):
        # ** groups to the right, the others to the left: the other side needs parentheses.
        if symbol == "**":
            self.set_level(_stronger(level), node.left)
            self.set_level(level, node.right)
        else:
            self.set_level(level, node.left)
            self.set_level(_stronger(level), node.right)
        self.traverse(node.left)
        self.write(f" {symbol} ")
        self.traverse(node.right)

    def visit_Compare(self, node):
        self.at_level(CMP, node, self.comparison, node)

    def comparison(self, node):
        self.set_level(_stronger(CMP), node.left, *node.comparators)
        self.traverse(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(" " + _COMPARE[op.__class__.__name__] + " ")
            self.traverse(right)

    def visit_BoolOp(self, node):
        word, level = _BOOL[node.op.__class__.__name__]
        self.at_level(level, node, self.boolean, word, level, node.values)

    def boolean(self, word, level, values):
        # Each operand binds more tightly than the one before, so that a nested chain of
        # the same operator keeps its parentheses.
        for index, value in enumerate(values):
            if index:
                self.write(f" {word} ")
            level = _stronger(level)
            self.set_level(level, value)
            self.traverse(value)

    def visit_Attribute(self, node):
        self.set_level(ATOM, node.value)
        self.traverse(node.value)
        # 1.real would read as a float literal.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write("." + node.attr)

    def visit_Call(self, node):
        self.set_level(ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.joined(", ", node.args + node.keywords)
        self.write(")")

    def visit_keyword(self, node):
        self.write("**" if node.arg is None else node.arg + "=")
        self.traverse(node.value)

    def visit_Subscript(self, node):
        self.set_level(ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write("]")

    def visit_Starred(self, node):
        self.write("*")
        self.set_level(EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_Lambda(self, node):
        self.at_level(TEST, node, self.lambda_expression, node)

    def lambda_expression(self, node):
        self.write("lambda")
        parameters = self.capture(self.traverse, node.args)
        if parameters:
            self.write(" " + parameters)
        self.write(": ")
        self.set_level(TEST, node.body)
        self.traverse(node.body)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            parts.append(self.capture(self.parameter, arg, default))
            if index == len(node.posonlyargs):
                parts[-1] += ", /"
        if node.vararg or node.kwonlyargs:
            parts.append("*" + (self.capture(self.traverse, node.vararg) if node.vararg else ""))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append(self.capture(self.parameter, arg, default))
        if node.kwarg:
            parts.append("**" + self.capture(self.traverse, node.kwarg))
        self.write(", ".join(parts))

    def parameter(self, arg, default):
        self.traverse(arg)
        if default:
            self.write("=")
            self.traverse(default)
