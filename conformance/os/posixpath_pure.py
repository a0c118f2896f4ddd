import posixpath as pp

for p in ['', '/', '//', '///', 'a', '/a/b/', 'a/b/c.txt', '//x/y', 'a/./b/../c',
          '../../x', '/../x', 'a/..', '.hidden', 'a/.b.c', 'f...', '...', '/a//b///c']:
    print(repr(p), pp.split(p), pp.splitext(p), pp.basename(p), pp.dirname(p),
          pp.normpath(p), pp.isabs(p))
print(pp.join('a', 'b', 'c'), pp.join('a/', 'b'), pp.join('a', '/b', 'c'), pp.join('', 'x'))
print(pp.join(b'a', b'b'), pp.normpath(b'/a/../b'), pp.splitext(b'x.tar.gz'))
print(pp.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']), repr(pp.commonprefix([])))
print(pp.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib/y']), pp.commonpath(['a/b', 'a/c']))
print(pp.splitdrive('/x/y'), pp.normcase('A/B'))
for bad in [[], ['/a', 'b']]:
    try:
        pp.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    pp.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    pp.basename(3)
except TypeError as e:
    print('TypeError', e)

class P:
    def __fspath__(self):
        return '/p/q.py'
print(pp.splitext(P()), pp.join(P(), 'r'))
