# inspect.getsource / getsourcelines / findsource / getfile / getmodule / getdoc / cleandoc / getcomments.
import inspect, sys

# A comment about f
# on two lines
def f(x):
    """Doc of f.

        Indented more.
    Back.
    """
    if x:
        return (x +
                1)
    # trailing comment in the body
    return 0

from _inspect_helper import Outer, with_strings
import _inspect_helper

one_liner = lambda y: y * 2

print(inspect.getsource(f), end='')
print(inspect.getsourcelines(Outer.Inner.method))
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer).splitlines()[0], len(inspect.getsource(Outer).splitlines()))
print(inspect.getsource(with_strings), end='')
print(inspect.getsourcelines(_inspect_helper.decorated.__func__)[1], inspect.getcomments(Outer.meth))
print(inspect.getsource(_inspect_helper).count('\n'), inspect.getcomments(_inspect_helper))
print(inspect.getsource(one_liner), end='')
print(repr(inspect.getcomments(f)))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(inspect.getdoc(Outer), inspect.getdoc(Outer().meth))
class Sub(Outer):
    def meth(self): pass
print(inspect.getdoc(Sub), inspect.getdoc(Sub.meth))

print(inspect.getfile(f).endswith('inspect_source.py'), inspect.getsourcefile(f) == inspect.getfile(f))
print(inspect.getmodule(f) is sys.modules[__name__], inspect.getmodule(Outer.Inner).__name__, inspect.getfile(Outer).endswith('_inspect_helper.py'))
lines, start = inspect.findsource(Outer.meth)
print(start, lines[start].strip())
print(inspect.getmodulename('pkg/mod.py'), inspect.getmodulename('x.txt'))
for obj in [len, sys, int, 5]:
    try:
        inspect.getsource(obj)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
code = compile('def g():\n    return 1\n', '<nofile>', 'exec')
ns = {}
exec(code, ns)
try:
    inspect.getsource(ns['g'])
except OSError as e:
    print('OSError', e)
print(inspect.indentsize('    \tx'))
