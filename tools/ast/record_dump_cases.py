"""Records CPython 3.12's ast.dump for small programs that exercise every node kind and the repr
of every kind of constant, for sanca-parser's DumpCasesTest. One line per case:
BASE64(UTF-8 source) TAB MODE TAB ast.dump(tree, include_attributes=True).

Run from the repository root:
    ../shared/oracle/py312 tools/ast/record_dump_cases.py sanca-parser/src/test/resources/dump-cases.txt
"""
import ast
import base64
import sys

CASES = [
    ("exec", "x = (1e16, 1e-5, 5e-324, 1.7976931348623157e308, 0.1, 123456789012345678.0, 1e22, 2.5e-7, 1e15, .5)"),
    ("exec", "x = (0x_ff, 0o777, 0b1010, 123456789012345678901234567890, 9223372036854775807, 9223372036854775808)"),
    ("exec", "x = (1j, 2.5j, 1e16j, 0j, 1_0.5_0e1_0j)"),
    ("exec", "x = ('a\\'b', \"a\\\"b'c\", '\\x00\\x7f\\x80\\xff', '\\u2028', 'é', '\\U0001F600', '\\t\\n\\r\\\\', u'k')"),
    ("exec", "x = (b'\\x00\\xff\\'\"', b'', rb'\\d', Rb'x' b'y', '\\N{BULLET}', '\\101\\7', r'\\n')"),
    ("exec", "s = 'a' 'b' \"c\"\nt = '''line\nnext''' 'z'\n"),
    ("exec", "f'{a}{b!r}{c:>{w}.{p}f}{d=}{e = !s:^5}' f'x' 'y' f'{{}}'\n"),
    ("exec", "f'{f'{f'{1}'}'}' + f\"{'a' if x else 'b'}\" + f'''{\n  x\n}'''\n"),
    ("exec", "rf'\\d{x}' + fr'{y}\\n' + F'{z!a}'\n"),
    ("exec", "def f[T: int, *Ts, **P](a, /, b=1, *args: *Ts, c, d=2, **kw) -> T:\n    return a\n"),
    ("exec", "class C[T](B, metaclass=M, **kw):\n    x: int = 1\n    y: str\n    (z): int = 2\n"),
    ("exec", "type Alias[T] = list[T]\ntype X = int\n"),
    ("exec", "@dec\n@dec.attr(1)\n@(lambda f: f)\nasync def g():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass\n    return [x async for x in y]\n"),
    ("exec", "lambda: 0\nlambda a, /, b, *c, d=1, **e: a\nlambda *, k: k\n"),
    ("exec", "match p:\n    case 1 | -2 | 3.0 | -1+2j | 'x' | b'y' | None | True:\n        pass\n    case [a, *rest] | (a, b, *_):\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0, y=yy) | Point(1, 2):\n        pass\n    case mod.Const as c if c > 0:\n        pass\n    case _:\n        pass\n"),
    ("exec", "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    pass\nfinally:\n    pass\n"),
    ("exec", "try:\n    pass\nexcept:\n    pass\nwith (open(a) as f, open(b) as g,):\n    pass\nwith (a, b):\n    pass\n"),
    ("exec", "global a, b\ndef f():\n    nonlocal c\n    del a, b[0], c.d\n    x = yield\n    y = yield from z\n    assert x, 'm'\n    raise E from None\n"),
    ("exec", "x = a if b else c\ny = not a and b or c\nz = a < b <= c != d is not e in f not in g\n"),
    ("exec", "a[1:2, ::3, ...]\na[:]\na[*b]\na[b:=1]\na[1,]\n"),
    ("exec", "x = [*a, *b]\ny = {**a, 'k': 1}\nz = {*a, 1}\nf(*a, *b, k=1, **c, **d)\nf(x for x in y)\n"),
    ("exec", "[x for x in y if x if not x for z in x]\n{x: y for x, y in z}\n{x for x in y}\n(x for x in y)\n"),
    ("exec", "if (n := len(a)) > 10:\n    pass\nelif n:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\n"),
    ("exec", "for i, (j, k) in x:\n    pass\nelse:\n    pass\nx += 1\nx **= 2\nx //= 3\nx @= m\na = b = c\n"),
    ("exec", "import a.b.c as d, e\nfrom . import (x, y as z,)\nfrom ..m import *\nfrom ...p.q import r\n"),
    ("exec", "x = 1; y = 2;\nif x: pass\nprint(x,\n      y)\n"),
    ("exec", "# -*- coding: utf-8 -*-\nx = 'ü'  # comment ü\ny = x + '€'\n"),
    ("exec", "x = \\\n    1\nif a and \\\n   b:\n    pass\n"),
    ("exec", "def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n"),
    ("exec", "x = -1 + +2 - ~3\ny = 2 ** -1\nz = a @ b % c // d / e * f - g + h << i >> j & k ^ l | m\n"),
    ("exec", "print(*args, sep='')\nobj.attr.method()[0](1)(2)\n"),
    ("exec", ""),
    ("exec", "\n\n# only a comment\n"),
    ("exec", 'type = 5\ntype(x)\ntype.x = 1\ntype X = int\ntype[int]\nprint(type)\n'),
    ("exec", 'match = 1\nmatch(x)\nmatch[x]\nmatch.x = 2\nmatch -x:\n    case 1: pass\nmatch (x):\n    case _: pass\nmatch *a, b:\n    case [*_]: pass\n'),
    ("exec", 'case = 1\n_ = case\nmatch x:\n    case case: pass\n'),
    ("exec", "match x, y:\n    case (1, 2) | [3, 4]:\n        pass\n    case {1: _, 'a': [b, *c], **rest}:\n        pass\n    case A.B(c=D.E(), f=[g]) if g:\n        pass\n"),
    ("exec", 'match x:\n    case -1.5 - 2j:\n        pass\n    case 1 + 2j | -0j:\n        pass\n    case "a" "b" | b\'x\':\n        pass\n'),
    ("exec", 'def f():\n    match = yield\n    type = lambda: (yield)\n    return match, type\n'),
    ("exec", "x = [i for i in range(3) if i if not i]\ny = (yield_ := 3)\nprint(f'{x!r:{y}}', end='')\n"),
    ("exec", 'async def f():\n    await x\n    async with a, b as c:\n        pass\n    return [await y async for y in z if await y]\n'),
    ("exec", 'global_var = 1\nclass A:\n    def __init__(self, *, a=1, b, **c): ...\n    @property\n    def p(self): return self\n'),
    ("exec", 'x = 1 if y else 2 if z else 3\nl = lambda *a, **k: (a, k)\nd = {**a, **b}\ns = {*a, *b}\nt = *a, *b\n'),
    ("exec", 'try:\n    pass\nexcept (A, B) as e:\n    raise\ntry:\n    pass\nexcept* C:\n    pass\n'),
    ("exec", 'with (\n    open(a) as f,\n    open(b) as g\n):\n    pass\nwith (yield):\n    pass\nwith (a, b) as c:\n    pass\n'),
    ("exec", 'x = \\\n  1 + \\\n  2\ny = (\n  # comment\n  3\n)\n'),
    ("exec", 'f\'{x:{y:{z}}}\'\nf\'{"a" if x else "b"}\'\nf"{f\'{f"{1}"}\'}"\nf\'{x=!r:^10}\'\nf\'\'\'\n{x\n+ y}\n\'\'\'\n'),
    ("exec", 'if x:\n\tpass\nelif y:\n        pass\n'),
    ("exec", "x = (U'a', u'b' 'c', 'd' u'e', u'' f'{x}')"),
    ("eval", "a + b * c"),
    ("eval", "lambda x: (yield)"),
    ("single", "x = 1"),
    ("single", "if x:\n  pass\n"),
    ("func_type", "(int, *str, **float) -> None"),
]


def main():
    with open(sys.argv[1], 'w', encoding='utf-8') as out:
        for mode, src in CASES:
            tree = ast.parse(src, mode=mode)
            enc = base64.b64encode(src.encode('utf-8')).decode('ascii')
            out.write(f"{enc}\t{mode}\t{ast.dump(tree, include_attributes=True)}\n")


main()
