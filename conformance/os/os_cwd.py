# getcwd/chdir: relative paths resolve against the working directory.
import os
import tempfile

base = os.path.realpath(tempfile.mkdtemp())
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == os.fsencode(base))
os.mkdir('sub')
os.chdir('sub')
print(os.path.basename(os.getcwd()), os.path.dirname(os.getcwd()) == base)
with open('here.txt', 'w') as f:
    f.write('hi')
print(os.path.exists(os.path.join(base, 'sub', 'here.txt')), os.listdir('.'))
os.chdir('..')
print(os.getcwd() == base, os.listdir('sub'))
for bad in ['no_such_dir', 'sub/here.txt']:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)
try:
    os.chdir(42.0)
except TypeError as e:
    print('TypeError', e)
os.remove('sub/here.txt')
os.rmdir('sub')
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))
