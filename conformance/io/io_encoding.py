# Encodings and error handlers of text files.
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'e.txt')
text = 'naïve café – ünïcödé €\n' * 1000
with open(path, 'w', encoding='utf-8') as f:
    f.write(text)
with open(path, encoding='utf-8') as f:
    print(f.read() == text, f.encoding)
with open(path, encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), lines[0] == text.splitlines(True)[0])
with open(path, encoding='utf-8') as f:
    parts = []
    while True:
        c = f.read(7)
        if not c:
            break
        parts.append(c)
print(''.join(parts) == text)
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
print(open(path, 'rb').read(), open(path, encoding='latin-1').read())
try:
    open(path, encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start)
print(open(path, encoding='utf-8', errors='replace').read(), open(path, encoding='utf-8', errors='ignore').read())
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
with open(path, 'w', encoding='ascii', errors='replace') as f:
    f.write('é!')
print(open(path, 'rb').read())
with open(path, 'w', encoding='utf-8', errors='backslashreplace') as f:
    print(f.errors, f.encoding)
try:
    open(path, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
import shutil
shutil.rmtree(base)
