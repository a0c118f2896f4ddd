import collections, inspect
for n in sorted(dir(collections.deque)):
    a = getattr(collections.deque, n)
    t = getattr(a, '__text_signature__', None)
    if not n.startswith('__') or n in ('__copy__', '__reduce__', '__reversed__', '__class_getitem__'):
        print(n, t)
try:
    inspect.signature(collections.deque.append)
except ValueError as e:
    print('ValueError', e)
