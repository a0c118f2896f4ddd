# conformance: native
# os.pipe: descriptors for both ends, file objects over them, and a child writing into one.
import os
import subprocess
import threading

r, w = os.pipe()
print(r > 2, w > 2, r != w)
print(os.write(w, b'hello '), os.write(w, b'pipe'))
print(os.read(r, 5), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e.errno)

r, w = os.pipe()
with os.fdopen(w, 'w') as out:
    out.write('line one\nline two\n')
with os.fdopen(r) as inp:
    print(inp.readlines())

r, w = os.pipe()
def writer():
    with os.fdopen(w, 'wb') as f:
        for i in range(3):
            f.write(b'%d\n' % i)
t = threading.Thread(target=writer)
t.start()
with os.fdopen(r, 'rb') as f:
    print(f.read())
t.join()

r, w = os.pipe()
p = subprocess.Popen(['echo', 'from child'], stdout=w)
os.close(w)
p.wait()
with os.fdopen(r) as f:
    print(repr(f.read()))

r, w = os.pipe()
os.write(w, b'to child stdin\n')
os.close(w)
print(subprocess.run(['cat'], stdin=r, capture_output=True).stdout)
os.close(r)
