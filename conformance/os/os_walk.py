# conformance: native
# os.walk: top-down with pruning, bottom-up, onerror, and followlinks.
import os
import tempfile

base = tempfile.mkdtemp()
j = os.path.join
for d in ['a/b/c', 'a/skip/deep', 'e']:
    os.makedirs(j(base, *d.split('/')))
for f in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'a/b/c/three.txt', 'a/skip/deep/x.txt']:
    with open(j(base, *f.split('/')), 'w') as fh:
        fh.write(f)


def rel(p):
    r = os.path.relpath(p, base)
    return r


for top, dirs, files in os.walk(base):
    dirs.sort()
    if 'skip' in dirs:
        dirs.remove('skip')
    print('down', rel(top), dirs, sorted(files))
order = [rel(top) for top, dirs, files in os.walk(base, topdown=False)]
print('up', sorted(order), order.index('a/b/c') < order.index('a/b') < order.index('a') < order.index('.'))
errors = []
print(list(os.walk(j(base, 'missing'), onerror=errors.append)))
print([type(e).__name__ for e in errors])
print(list(os.walk(j(base, 'top.txt'))))
os.symlink(j(base, 'a'), j(base, 'e', 'link'))
print(sorted(rel(t) for t, d, f in os.walk(j(base, 'e'))))
print(sorted(rel(t) for t, d, f in os.walk(j(base, 'e'), followlinks=True)))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
