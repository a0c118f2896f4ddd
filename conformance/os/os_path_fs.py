# The os.path functions that ask the file system.
import os
import os.path as p
import tempfile
import time

base = p.realpath(tempfile.mkdtemp())
f = p.join(base, 'file.txt')
with open(f, 'w') as fh:
    fh.write('12345')
print(p.exists(f), p.exists(p.join(base, 'no')), p.lexists(f), p.isfile(f), p.isfile(base))
print(p.isdir(base), p.isdir(f), p.islink(f), p.ismount('/'), p.ismount(base), p.getsize(f))
print(abs(p.getmtime(f) - time.time()) < 3600, p.getatime(f) > 0, p.getctime(f) > 0)
print(p.samefile(f, p.join(base, '.', 'file.txt')), p.samestat(os.stat(f), os.stat(base)))
old = os.getcwd()
os.chdir(base)
print(p.abspath('file.txt') == f, p.abspath('.') == base, p.abspath('a/../b') == p.join(base, 'b'))
print(p.realpath('file.txt') == f, p.relpath(f), p.relpath(base, f), p.relpath('/'.join([base, 'x', 'y']), base))
os.chdir(old)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('a/b', 'a'), p.relpath(b'/x/y', b'/x'))
try:
    p.relpath('')
except ValueError as e:
    print('ValueError', e)
try:
    p.relpath('a', b'b')
except TypeError as e:
    print('TypeError', e)
for func in (p.getsize, p.getmtime):
    try:
        func(p.join(base, 'missing'))
    except FileNotFoundError as e:
        print(func.__name__, 'FileNotFoundError', e.strerror)
print(p.exists(''), p.isdir(''), p.exists(f + '\0'), p.exists(12345678))
os.remove(f)
os.rmdir(base)
