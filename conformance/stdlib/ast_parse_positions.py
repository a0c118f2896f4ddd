# ast.parse: node positions (lineno, col_offset, end_*) as CPython reports them, in bytes.
import ast
src = '''x = [1, 2,
     3]
def f(a: int = 5) -> str:
    return f"{a!r:>10}" + 'é' + s
class C(B, metaclass=M):
    y: int = 0
if a and (b or c): pass
with open(p) as h, q: del h
'''
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.dump(tree.body[0], include_attributes=True))
e = ast.parse('  x + 1'.strip(), mode='eval')
print(ast.dump(e, include_attributes=True))
s = ast.parse('x = 1\n', mode='single')
print(type(s).__name__, ast.dump(s))
ft = ast.parse('(int, str) -> bool', mode='func_type')
print(ast.dump(ft))
print(ast.parse('a\u00e9 = "\u00e9"').body[0].value.end_col_offset)
