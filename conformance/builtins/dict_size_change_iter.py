# changing a dict while iterating it: RuntimeError texts for keys, values, items and reversed.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def add_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def del_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def add_values():
    d = {1: 1}
    for v in d.values():
        d[5] = v
def add_items():
    d = {1: 1}
    for kv in d.items():
        d[7] = 1
def pop_reversed():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d.pop(k)
def same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0
def replace_value():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = "new"
    return d
def clear_in_loop():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
for f in [add_keys, del_keys, add_values, add_items, pop_reversed, same_size, replace_value, clear_in_loop]:
    t(f)
s = {1, 2}
def set_add():
    for x in s:
        s.add(x + 5)
t(set_add)
d = {1: 1}
it = iter(d)
d[2] = 2
t(lambda: next(it))
t(lambda: next(it))
