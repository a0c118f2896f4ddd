# tell/seek and truncate in text files, with multi-byte characters.
import io
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 's.txt')
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n€uro\n')
    print(f.tell())
with open(path, encoding='utf-8') as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), repr(f.read(2)))
    f.seek(pos)
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(-1, 2)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(-5)
    except ValueError as e:
        print('ValueError', e)
    print(f.seek(0, 1) == f.tell())
with open(path, 'r+', encoding='utf-8') as f:
    f.readline()
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.write('tail')
    f.seek(0)
    print(repr(f.read()))
import shutil
shutil.rmtree(base)
