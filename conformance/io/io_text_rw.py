# Text files: write, read, readline, readlines, iteration, writelines, print(file=).
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 't.txt')
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second\n'), f.writelines(['third\n', 'fourth']))
    print('fifth', 'sixth', sep='-', file=f)
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(f.readlines(12))
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(path) as f:
    print(list(f) == open(path).read().splitlines(True), next(f, 'end'))
with open(path, 'a') as f:
    f.write('appended\n')
print(open(path).read().count('\n'), open(path).read().endswith('appended\n'))
with open(path, 'w', encoding='utf-8') as f:
    f.write('')
print(repr(open(path).read()), open(path).readlines())
f = open(path, 'w')
print(f.write('no close yet'), repr(open(path).read()))
f.flush()
print(repr(open(path).read()))
f.close()
f.close()
print(f.closed)
try:
    f.write('x')
except ValueError as e:
    print('ValueError', e)
try:
    open(path).write('x')
except OSError as e:
    print(type(e).__name__, e)
try:
    open(path, 'w').read()
except OSError as e:
    print(type(e).__name__, e)
try:
    open(path, 'w').write(b'bytes')
except TypeError as e:
    print('TypeError', e)
import shutil
shutil.rmtree(base)
