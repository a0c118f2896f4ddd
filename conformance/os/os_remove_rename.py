# remove/unlink, rename/replace/renames and their errors.
import os
import tempfile

base = tempfile.mkdtemp()
j = os.path.join


def write(name, text):
    with open(j(base, name), 'w') as f:
        f.write(text)


def read(name):
    with open(j(base, name)) as f:
        return f.read()


write('a', 'A')
write('b', 'B')
os.rename(j(base, 'a'), j(base, 'c'))
print(sorted(os.listdir(base)), read('c'))
os.replace(j(base, 'c'), j(base, 'b'))
print(sorted(os.listdir(base)), read('b'))
os.rename(j(base, 'b'), j(base, 'd'))
try:
    os.rename(j(base, 'missing'), j(base, 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
os.renames(j(base, 'd'), j(base, 'n1', 'n2', 'd'))
print(sorted(os.listdir(base)), read(j('n1', 'n2', 'd')))
os.mkdir(j(base, 'emptydir'))
os.rename(j(base, 'emptydir'), j(base, 'moved'))
print(sorted(os.listdir(base)))
os.unlink(j(base, 'n1', 'n2', 'd'))
try:
    os.remove(j(base, 'n1', 'n2', 'd'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
os.removedirs(j(base, 'n1', 'n2'))
os.rmdir(j(base, 'moved'))
print(os.listdir(base))
os.rmdir(base)
