import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'sample.txt')
with open(path, 'w') as f:
    f.write('first\nsecond\nthird')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline('/no/such/file', 1)), repr(linecache.getline('<stdin>', 1)))
print(len(linecache.getlines(path)), path in linecache.cache)
with open(path, 'w') as f:
    f.write('changed and longer\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(linecache.cache)
print(repr(linecache.getline(__file__, 1)))
os.remove(path)
os.rmdir(d)
