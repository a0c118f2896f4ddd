# ast.parse/ast.dump show the parser's tree; ast.literal_eval; unparse round trip.
import ast
for src in ["x = 1 + 2 * 3", "f(a, *b, k=1, **c)", "a[1:2, ::3]", "lambda x, /, y=1, *, z: x", "x if y else z", "not a and b or c", "a < b <= c"]:
    print(ast.dump(ast.parse(src, mode="eval" if False else "exec").body[0]))
tree = ast.parse("def f(a: int = 1) -> str:\n    return f'{a!r:>3}'\n")
print(ast.dump(tree, indent=1))
print(ast.unparse(ast.parse("for i in range(3):\n    if i: print(i)\n    else: continue")))
print(ast.literal_eval("[1, (2, 3), {'k': None}, -4.5, 1+2j, b'x', {1, 2}]"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print(type(e).__name__, str(e).split(":")[0])
node = ast.parse("match p:\n    case [1, *r] | {'k': _} if r:\n        pass\n").body[0]
print(type(node).__name__, [type(p).__name__ for p in node.cases[0].pattern.patterns])
expr = ast.parse("a.b.c(1)", mode="eval")
print(ast.dump(expr), expr.body.lineno, expr.body.col_offset, expr.body.end_col_offset)
print([type(n).__name__ for n in ast.walk(ast.parse("x = [i async for i in y]"))][:6])
code = compile(ast.parse("result = 6 * 7"), "<ast>", "exec")
ns = {}
exec(code, ns)
print(ns["result"])
print(ast.dump(ast.parse("type X[T] = list[T]").body[0]))
