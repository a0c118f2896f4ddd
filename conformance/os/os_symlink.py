# conformance: native
# Symbolic links: symlink, readlink, islink, lstat, realpath.
import os
import os.path as p
import stat
import tempfile

base = p.realpath(tempfile.mkdtemp())
target = p.join(base, 'target.txt')
with open(target, 'w') as f:
    f.write('data')
link = p.join(base, 'link')
os.symlink(target, link)
print(p.islink(link), p.islink(target), os.readlink(link) == target, p.exists(link))
print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode))
print(os.stat(link, follow_symlinks=False).st_mode == os.lstat(link).st_mode)
with open(link) as f:
    print(f.read())
rel = p.join(base, 'rel')
os.symlink('target.txt', rel)
print(os.readlink(rel), p.realpath(rel) == target)
chain = p.join(base, 'chain')
os.symlink('rel', chain)
print(p.realpath(chain) == target)
dangling = p.join(base, 'dangling')
os.symlink(p.join(base, 'nowhere'), dangling)
print(p.exists(dangling), p.lexists(dangling), p.islink(dangling))
try:
    os.stat(dangling)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.symlink(target, link)
except FileExistsError as e:
    print('FileExistsError', e.strerror)
try:
    os.readlink(target)
except OSError as e:
    print(type(e).__name__, e.strerror)
entries = {e.name: (e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in os.scandir(base)}
print(sorted(entries.items()))
os.mkdir(p.join(base, 'd'))
os.symlink(p.join(base, 'd'), p.join(base, 'dlink'))
print(p.isdir(p.join(base, 'dlink')), p.realpath(p.join(base, 'dlink', '..', 'target.txt')) == target)
import shutil
shutil.rmtree(base)
