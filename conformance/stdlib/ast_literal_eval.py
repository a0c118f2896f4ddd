# ast.literal_eval: what it accepts and its errors.
import ast
for text in ['1', '-2.5', '+3', '1+2j', '-1-2j', "'s'", "b'b'", '(1,)', '[1, [2]]', "{'a': (1, None)}",
             '{1, 2}', 'set()', 'True', 'None', '...', '  42', '\t7', '0x10', '1_000']:
    print(repr(text), repr(ast.literal_eval(text)))
for text in ['x', 'f()', '1 + x', '2 * 3', '{**a}', 'set([1])', '[1, 2][0]', '-"a"', '1 + 2', '(1 + 2j) + 3',
             'a.b', 'lambda: 0']:
    try:
        print(repr(text), ast.literal_eval(text))
    except ValueError as e:
        print(repr(text), 'ValueError', str(e).split(':')[0])
try:
    ast.literal_eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
