# mkdir, makedirs (exist_ok), rmdir, removedirs and their errors.
import os
import tempfile

base = tempfile.mkdtemp()
j = os.path.join
os.mkdir(j(base, 'a'))
print(os.path.isdir(j(base, 'a')))
try:
    os.mkdir(j(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.strerror, e.filename == j(base, 'a'))
try:
    os.mkdir(j(base, 'x', 'y'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
os.makedirs(j(base, 'b', 'c', 'd'))
print(sorted(os.listdir(base)), os.listdir(j(base, 'b')), os.listdir(j(base, 'b', 'c')))
os.makedirs(j(base, 'b', 'c', 'd'), exist_ok=True)
try:
    os.makedirs(j(base, 'b', 'c', 'd'))
except FileExistsError as e:
    print('FileExistsError', e.strerror)
os.makedirs(j(base, 'b', 'c', 'e') + os.sep)
print(sorted(os.listdir(j(base, 'b', 'c'))))
with open(j(base, 'file'), 'w'):
    pass
try:
    os.makedirs(j(base, 'file'), exist_ok=True)
except FileExistsError as e:
    print('FileExistsError', e.strerror)
try:
    os.rmdir(j(base, 'b'))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.rmdir(j(base, 'nothere'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.rmdir(j(base, 'file'))
except NotADirectoryError as e:
    print('NotADirectoryError', e.strerror)
os.rmdir(j(base, 'b', 'c', 'e'))
os.removedirs(j(base, 'b', 'c', 'd'))
print(sorted(os.listdir(base)))
os.remove(j(base, 'file'))
os.rmdir(j(base, 'a'))
os.rmdir(base)
print(os.path.exists(base))
