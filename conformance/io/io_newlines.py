# Newline translation in text files (newline=None, '', '\n', '\r', '\r\n').
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'n.txt')
with open(path, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rend')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, newline=nl) as f:
        lines = list(f)
    with open(path, newline=nl) as f:
        whole = f.read()
        seen = f.newlines
    print(repr(nl), lines, repr(whole), seen)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(path, 'rb') as f:
        print(repr(nl), f.read())
try:
    open(path, newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(path, newline=5)
except TypeError as e:
    print('TypeError', e)
with open(path, 'wb') as f:
    f.write(b'x\r')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'wb') as f:
    f.write(b'a\r\n' * 5000)
with open(path) as f:
    data = f.read()
print(len(data), data.count('\n'), '\r' in data)
with open(path) as f:
    print(sum(1 for _ in f))
import shutil
shutil.rmtree(base)
