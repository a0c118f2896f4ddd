# ast.unparse: statements, precedence, strings and f-strings, round trips.
import ast
sources = [
    'x = (1 + 2) * 3 - -4 ** 2',
    'y = a if b else (c if d else e)',
    'z = not (a and b) or c',
    'lambda a, /, b=1, *c, d, e=2, **f: (a, b)',
    'f(*args, key=1, **kw)',
    't = 1,',
    'del a[0], b.c',
    'a[1:2, ::3]',
    'print(f"{x!r:>{width}} {y=}" f\'{z}\')',
    "s = 'it''s' + \"q\\\"\" + '\\n'",
    'async def g():\n    async with a as b:\n        await c\n    async for i in j:\n        yield i',
    'try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* ValueError:\n    pass',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass',
    'while x:\n    break\nelse:\n    continue',
    '@deco\nclass C(B, metaclass=M):\n    """Doc."""\n    x: int = 1\n    def m(self) -> None:\n        return',
    'match p:\n    case [1, *rest] | {"k": _, **kw} if rest:\n        pass\n    case Point(x=0) as pt:\n        pass',
    'from ..mod import a as b, c\nimport os.path',
    'global g\nnonlocal n' if False else 'global g',
    'type Alias[T: int, *Ts, **P] = list[T]',
    'def f[T](x: T) -> T: ...',
    'x = {**a, "b": 1}\ny = {1, 2}\nz = set()',
    '[i for i in range(3) if i if i > 1]\n{k: v for k, v in d.items()}\n(x async for x in y)',
    'assert x, "msg"',
    'x += 1\ny @= z',
    '(a := 1)',
    '1 .real',
    'x = 1e309',
    'print(*a, sep="")',
]
for src in sources:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('--', ast.dump(ast.parse(out)) == ast.dump(tree))
print(ast.unparse(ast.Constant(value=float('inf'))), ast.unparse(ast.Constant(value=complex(0, float('inf')))))
print(ast.unparse(ast.parse('x', mode='eval')))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())), ast.unparse(ast.Set(elts=[])))
