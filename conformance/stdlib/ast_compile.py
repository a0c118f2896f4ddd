# compile() with trees: modes, PyCF_ONLY_AST, errors for bad trees.
import ast
tree = ast.parse('result = [n * n for n in range(4)]')
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['result'])
print(eval(compile(ast.parse('2 ** 10', mode='eval'), '<e>', 'eval')))
print(compile(tree, 'f', 'exec', ast.PyCF_ONLY_AST) is tree)
print(type(compile('x', 'f', 'exec', ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(compile('(a) -> b', 'f', 'func_type', ast.PyCF_ONLY_AST)))
single = compile(ast.parse('1 + 1', mode='single'), '<s>', 'single')
exec(single)
def attempt(tree, mode='exec'):
    try:
        compile(tree, '<t>', mode)
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()))], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr()], type_ignores=[]))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(None)], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=ast.Pass(), type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name(5, ast.Load()))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Constant([1]))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name('x', ast.Store()))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Name('x', ast.Load())], type_ignores=[])))
attempt(ast.Module(body=[], type_ignores=[]), 'eval')
attempt(ast.Module(body=[]))
attempt(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add, ast.Constant(2)))), 'eval')
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Constant((1, (2, 'x'))))], type_ignores=[])))
for args in [(5, 'f', 'exec'), ('x', 'f', 'func_type'), ('x', 'f', 'nope')]:
    try:
        compile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ast.parse('x = = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
tree = ast.parse('def f():\n    return 42\n')
tree.body[0].body[0].value = ast.Constant(43)
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, '<mod>', 'exec'), ns)
print(ns['f']())
