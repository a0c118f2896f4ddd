import re
for p in ['(', ')', 'a**', '*', '[a', r'\q', '(?P<1a>x)', '(?P=nope)', '(?P<a>x)(?P<a>y)', 'a{3,2}', '(?z)', 'x(?i)', r'\1', '(?<=a+)b', '[b-a]', 'a|*', '(?P<n', r'\g', '+a', '(?#abc', '(?', '(?P', '(?P<>x)', r'[\q]', r'\x1', r'\u12', r'\N{NOPE}', '(?(1)a|b)', 'a{,3}b', 'x{', r'\8']:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
for t in [r'\3', r'\g<x>', r'\g<', r'\g<1', r'\q', r'\g<-1>', r'\g<a b>']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
try:
    re.sub(b'a', 5, b'a')
except TypeError as e: print(e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e: print(e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e: print(e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e: print(e)
