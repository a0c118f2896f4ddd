# open(): mode validation and argument errors, as CPython reports them.
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'f.txt')
with open(path, 'w') as f:
    f.write('x')
for mode in ['rw', 'rr', 'rU', 'z', 'b', 't', 'wt+b', '', 'r++', 'xa', 'rbt']:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), 'ValueError', e)
for args in [([],), (1.5,), (path, 'rb', -1, 'utf-8'), (path, 'rb', -1, None, 'strict'), (path, 'rb', -1, None, None, ''),
             (path, 'r', 0), (path, 'r', -1, None, None, 'x'), (path, 'r', -1, 5), (path, 5), (path, 'r', 'x'),
             (path, 'r', -1, None, 7)]:
    try:
        open(*args).close()
        print('opened', args[1:])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for mode in ['r', 'rb', 'r+', 'rb+', 'w', 'wb', 'w+', 'a', 'ab', 'a+', 'rt', 'wt']:
    with open(path, mode) as f:
        print(mode, f.mode, type(f).__name__, f.readable(), f.writable(), f.seekable())
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.strerror)
with open(os.path.join(base, 'new'), 'x') as f:
    print(f.mode, f.name.endswith('new'))
try:
    open(base)
except IsADirectoryError as e:
    print('IsADirectoryError', e.strerror)
try:
    open(base, 'w')
except IsADirectoryError as e:
    print('IsADirectoryError', e.strerror)
try:
    open(os.path.join(base, 'nope', 'x'), 'w')
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
print(open(path).closed, open is __import__('io').open)
import shutil
shutil.rmtree(base)
