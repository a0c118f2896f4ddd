# get_docstring, get_source_segment, dump with indent and annotate_fields, deprecated node classes.
import ast, warnings
src = 'def f():\n    """  Doc line.\n\n        more\n    """\n    return (1 +\n            2)\nclass C: pass\n'
tree = ast.parse(src)
print(repr(ast.get_docstring(tree.body[0])), repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree.body[1]), ast.get_docstring(tree))
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    print('TypeError', e)
ret = tree.body[0].body[1].value
print(repr(ast.get_source_segment(src, ret)))
print(repr(ast.get_source_segment(src, ret, padded=True)))
print(ast.get_source_segment(src, ast.Name('x')))
print(ast.dump(ast.parse('f(x, y=1)'), annotate_fields=False))
print(ast.dump(ast.parse('a.b = [1]'), indent=2))
print(ast.dump(ast.parse('x'), indent='..'))
try:
    ast.dump(5)
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    num = ast.Num(5)
    print(type(num).__name__, num.value, isinstance(ast.Constant(3), ast.Num), isinstance(ast.Constant('s'), ast.Num))
    print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
    print(ast.Constant(7).n)
print(len(caught) >= 2, caught[0].category.__name__, str(caught[0].message))
print(ast.Index(ast.Constant(1)).value, type(ast.ExtSlice([ast.Constant(1)])).__name__)
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context))
