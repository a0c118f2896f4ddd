# ast node classes: _fields, _attributes, defaults, construction errors, match_args, pickling shape.
import ast
print(ast.AST._fields, ast.AST._attributes, ast.expr._attributes, ast.stmt._attributes)
print(ast.BinOp._fields, ast.arguments._fields, ast.comprehension._fields, ast.keyword._attributes)
print(ast.Constant.kind, ast.FunctionDef.returns, ast.expr.end_lineno, ast.arg.type_comment)
print(ast.Name.__match_args__, ast.Name.__mro__)
print(ast.Name.__doc__, ast.operator.__doc__)
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
n2 = ast.Name(id='y')
print(ast.dump(n2), hasattr(n2, 'ctx'))
c = ast.Constant(value=1, kind=None, lineno=3)
print(c.lineno, c.__reduce__()[1:], ast.dump(c, include_attributes=True))
for bad in [lambda: ast.Name('a', ast.Load(), 3), lambda: ast.Name('a', id='b'), lambda: ast.Pass(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class MyName(ast.Name):
    pass
m = MyName('z', ast.Load())
print(isinstance(m, ast.expr), ast.dump(m))
match ast.parse('f(1)', mode='eval').body:
    case ast.Call(ast.Name(fname), [ast.Constant(v)]):
        print('matched', fname, v)
print(isinstance(ast.Load(), ast.expr_context), ast.Load() is ast.Load())
t = ast.parse('a; b')
print(t.body[0].value.ctx is t.body[1].value.ctx)
print(sorted(n for n in dir(ast) if n.startswith('PyCF')), ast.PyCF_ONLY_AST)
import _ast
print(_ast.AST is ast.AST, _ast.Name is ast.Name)
