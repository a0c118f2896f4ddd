# Order of evaluation: left to right, with CPython's specific rules for assignments and displays.
log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def show(label):
    print(label, log)
    log.clear()

t('a') + t('b') * t('c', 2)
show("binary:")
t('f', lambda *a, **k: None)(t('x'), t('y'), k=t('z'))
show("call:")
{t('k1'): t('v1'), t('k2'): t('v2')}
show("dict display:")
d = {}
d[t('key')] = t('value')
show("subscript assignment:")
t('lhs1', [0])[t('idx', 0)] = t('rhs')
show("target evaluated after value:")
x = [0, 0]
x[t('i', 0)], x[t('j', 1)] = t('first'), t('second')
show("tuple assignment:")
t('cond', True) and t('and-right')
t('cond', False) or t('or-right')
show("boolean:")
t('c1', 1) < t('c2', 2) < t('c3', 3)
show("chain:")
[t('l1'), t('l2'), *t('star', ['s'])]
show("list display:")
t('obj', log).append(t('arg'))
log.remove('arg')
show("method call:")
t('base', [1, 2, 3])[t('lo', 0):t('hi', 2)]
show("slice:")
a = b = t('shared')
show("chained assign:")
t('t') if t('test', True) else t('f')
show("conditional:")
print(f"{t('f1')}{t('f2')}")
show("f-string:")
