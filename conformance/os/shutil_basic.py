# conformance: native
# shutil: copyfile, copy, copy2, copytree, rmtree, move, which, copyfileobj.
import io
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
j = os.path.join
src = j(base, 'src.txt')
with open(src, 'w') as f:
    f.write('content\n' * 3)
os.chmod(src, 0o640)
print(os.path.basename(shutil.copyfile(src, j(base, 'cf.txt'))), open(j(base, 'cf.txt')).read() == open(src).read())
os.mkdir(j(base, 'dir'))
dst = shutil.copy(src, j(base, 'dir'))
print(os.path.relpath(dst, base), oct(os.stat(dst).st_mode & 0o777))
dst2 = shutil.copy2(src, j(base, 'c2.txt'))
print(os.stat(dst2).st_mtime == os.stat(src).st_mtime)
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print('SameFileError', isinstance(e, OSError))
try:
    shutil.copyfile(j(base, 'missing'), j(base, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
os.makedirs(j(base, 'tree', 'a', 'b'))
for name in ['tree/top.txt', 'tree/a/x.py', 'tree/a/b/y.pyc']:
    with open(j(base, *name.split('/')), 'w') as f:
        f.write(name)
shutil.copytree(j(base, 'tree'), j(base, 'copy'))
print(sorted(os.path.relpath(j(t, n), j(base, 'copy')) for t, d, fs in os.walk(j(base, 'copy')) for n in fs))
shutil.copytree(j(base, 'tree'), j(base, 'copy2'), ignore=shutil.ignore_patterns('*.pyc'))
print(sorted(os.path.relpath(j(t, n), j(base, 'copy2')) for t, d, fs in os.walk(j(base, 'copy2')) for n in fs))
try:
    shutil.copytree(j(base, 'tree'), j(base, 'copy'))
except FileExistsError as e:
    print('FileExistsError', e.strerror)
shutil.copytree(j(base, 'tree'), j(base, 'copy'), dirs_exist_ok=True)
print(os.path.basename(shutil.move(j(base, 'cf.txt'), j(base, 'moved.txt'))), os.path.exists(j(base, 'cf.txt')))
print(os.path.relpath(shutil.move(j(base, 'moved.txt'), j(base, 'dir')), base))
shutil.move(j(base, 'copy2'), j(base, 'dir'))
print(sorted(os.listdir(j(base, 'dir'))))
shutil.rmtree(j(base, 'copy'))
print(os.path.exists(j(base, 'copy')))
try:
    shutil.rmtree(j(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
shutil.rmtree(j(base, 'missing'), ignore_errors=True)
seen = []
shutil.rmtree(j(base, 'missing'), onerror=lambda func, path, info: seen.append((func.__name__, info[0].__name__)))
print(seen)
out = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b'x' * 100000), out, 1000)
print(len(out.getvalue()))
print(shutil.which('surely-not-a-command-zz'), shutil.which('zz', path=''))
print(shutil.get_terminal_size((33, 44)) if 'COLUMNS' not in os.environ else 'skip')
shutil.rmtree(base)
print(os.path.exists(base))
