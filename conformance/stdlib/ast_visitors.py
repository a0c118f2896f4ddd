# NodeVisitor, NodeTransformer, walk, iter_fields, iter_child_nodes, fix_missing_locations, copy_location.
import ast

tree = ast.parse('def f(a):\n    return a + 1\nx = f(2) * 3\n')
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
    def visit_FunctionDef(self, node):
        self.names.append(('def', node.name))
        self.generic_visit(node)
c = Counter()
c.visit(tree)
print(c.names)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Return(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]
new = ast.fix_missing_locations(Doubler().visit(tree))
print(ast.unparse(new))
ns = {}
exec(compile(new, '<doubled>', 'exec'), ns)
print(ns['x'])

class Dropper(ast.NodeTransformer):
    def visit_Assign(self, node):
        return None
print(ast.dump(Dropper().visit(ast.parse('a = 1\nb\n'))))
print([name for name, _ in ast.iter_fields(ast.parse('x = 1').body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse('f(a, b=1)', mode='eval').body)])
print([type(n).__name__ for n in ast.walk(ast.parse('if a:\n    b = c'))])
node = ast.parse('x').body[0]
moved = ast.increment_lineno(node, 3)
print(moved.lineno, moved.end_lineno, moved.value.lineno)
bare = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
ast.fix_missing_locations(bare)
print(bare.lineno, bare.col_offset, bare.end_lineno, bare.end_col_offset, bare.left.lineno)
print(eval(compile(ast.Expression(bare), '<e>', 'eval')))
