import ast
seen=set()
def walk(c):
    for s in c.__subclasses__():
        if s in seen: continue
        seen.add(s)
        print(s.__name__, '|', s.__bases__[0].__name__, '|', (s.__doc__ or '').replace('\n',' '), '|', s._fields, '|', getattr(s,'_attributes',()))
        walk(s)
walk(ast.AST)
