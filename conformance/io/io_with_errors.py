# Files as context managers, close on exceptions, operations after close.
import io
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'w.txt')
try:
    with open(path, 'w') as f:
        f.write('kept')
        raise RuntimeError('boom')
except RuntimeError as e:
    print('RuntimeError', e, f.closed)
print(open(path).read())
with open(path) as f:
    pass
for name in ['read', 'readline', 'readlines', 'tell', 'fileno', 'isatty', 'seekable', 'readable', 'writable']:
    try:
        getattr(f, name)()
        print(name, 'ok')
    except ValueError as e:
        print(name, 'ValueError', e)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    iter(f)
except ValueError as e:
    print('iter ValueError', e)
with open(path, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
with open(path, 'rb') as f:
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.fileno
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
import shutil
shutil.rmtree(base)
