# conformance: native
# The portable layer of os: environ mapping behaviour and errors, makedirs/removedirs/renames,
# walk orders and onerror, popen/fdopen argument checks, PathLike.
import os
import tempfile

env = os.environ
env['SANCA_OWN2_A'] = 'x'
print(env['SANCA_OWN2_A'], os.getenv('SANCA_OWN2_A'), os.getenv('SANCA_OWN2_NONE', 'dflt'))
print(os.environb[b'SANCA_OWN2_A'], os.getenvb(b'SANCA_OWN2_NONE'))
print(env.setdefault('SANCA_OWN2_A', 'y'), env.setdefault('SANCA_OWN2_B', 'z'))
for bad in [(1, 'v'), ('k', 2), (b'k', 'v')]:
    try:
        env[bad[0]] = bad[1]
    except TypeError as e:
        print('TypeError', e)
for bad in [('k', b'v'), (b'k', 'v'), (b'k', 3)]:
    try:
        os.environb[bad[0]] = bad[1]
    except TypeError as e:
        print('TypeError', e)
del env['SANCA_OWN2_B']
try:
    del env['SANCA_OWN2_B']
except KeyError as e:
    print('KeyError', repr(e))
try:
    env['SANCA_OWN2_NONE']
except KeyError as e:
    print('KeyError', repr(e), e.__suppress_context__)
merged = env | {'SANCA_OWN2_C': '1'}
print(type(merged).__name__, merged['SANCA_OWN2_C'], 'SANCA_OWN2_C' in env)
merged = {'SANCA_OWN2_A': 'o', 'other': 1} | env
print(type(merged).__name__, merged['SANCA_OWN2_A'], merged['other'])
print(env.__or__(5), env.__ror__([1]))
env |= {'SANCA_OWN2_D': 'd'}
print(env['SANCA_OWN2_D'], type(env).__name__, type(env.copy()).__name__)
print(repr(env).startswith('environ({'), "'SANCA_OWN2_D': 'd'" in repr(env))
print(sorted(k for k in env if k.startswith('SANCA_OWN2')), len(env) == len(list(env)))
env.pop('SANCA_OWN2_D'); env.pop('SANCA_OWN2_A')
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
print(os.fsencode('a\udcffb'), os.fsdecode(b'a\xffb') == 'a\udcffb', os.fsencode(b'x'), os.fsdecode('y'))
try:
    os.fsencode(3)
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    deep = os.path.join(d, 'a', 'b', 'c')
    os.makedirs(deep)
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == deep)
    os.makedirs(os.path.join(d, 'p', 'q') + '/')
    os.makedirs(os.path.join(d, 'r', '.'))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, 'r')))
    open(os.path.join(d, 'file'), 'w').close()
    try:
        os.makedirs(os.path.join(d, 'file'), exist_ok=True)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        os.makedirs(os.path.join(d, 'file', 'sub'))
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno)
    open(os.path.join(deep, 'f1'), 'w').close()
    open(os.path.join(d, 'a', 'f0'), 'w').close()
    print([(os.path.relpath(p, d), sorted(ds), sorted(fs)) for p, ds, fs in os.walk(d)][:1])
    top_down = [os.path.relpath(p, d) for p, ds, fs in sorted(os.walk(os.path.join(d, 'a')))]
    bottom_up = [os.path.relpath(p, d) for p, ds, fs in os.walk(os.path.join(d, 'a'), topdown=False)]
    print(top_down, bottom_up)
    pruned = []
    for p, ds, fs in os.walk(d):
        pruned.append(os.path.relpath(p, d))
        ds[:] = [x for x in ds if x != 'a']
    print(sorted(pruned))
    errs = []
    print(list(os.walk(os.path.join(d, 'missing'), onerror=errs.append)), [type(e).__name__ for e in errs])
    print(list(os.walk(os.path.join(d, 'missing'))))
    os.symlink(os.path.join(d, 'a'), os.path.join(d, 'link'))
    plain = sorted(os.path.relpath(p, d) for p, ds, fs in os.walk(d))
    followed = sorted(os.path.relpath(p, d) for p, ds, fs in os.walk(d, followlinks=True))
    print(plain, followed)
    print([sorted(ds) for p, ds, fs in os.walk(d)][0])
    bw = [p for p, ds, fs in os.walk(os.fsencode(d))]
    print(type(bw[0]).__name__)
    os.remove(os.path.join(d, 'link'))
    os.remove(os.path.join(deep, 'f1'))
    os.removedirs(deep)
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, 'a')))
    os.renames(os.path.join(d, 'p', 'q'), os.path.join(d, 'n1', 'n2', 'q'))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, 'n1', 'n2')))
    try:
        os.removedirs(os.path.join(d, 'nothere'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

for args in [(['ls'],), ('ls', 'rb'), ('ls', 'r', 0)]:
    try:
        os.popen(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with os.popen('echo hi') as p:
    print(repr(p.read()))
p = os.popen('exit 3')
print(p.read(), p.close())
p = os.popen('echo out')
print(list(p), p.close())
try:
    os.fdopen('1')
except TypeError as e:
    print('TypeError', e)

class P:
    def __fspath__(self):
        return 'p'
class N:
    __fspath__ = None
print(isinstance(P(), os.PathLike), issubclass(N, os.PathLike), isinstance('s', os.PathLike))
print(os.PathLike[int], os.fspath(P()))
try:
    os.PathLike()
except TypeError as e:
    print('TypeError', e)
class Sub(os.PathLike):
    pass
print(issubclass(Sub, os.PathLike), os.error is OSError, os.name, os.sep, os.curdir, os.pardir,
      os.extsep, os.altsep, os.pathsep, os.linesep == '\n', os.devnull, os.defpath)
print(os.path is __import__('sys').modules['os.path'], os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(all(n in dir(os) for n in os.__all__), 'walk' in os.__all__, 'makedirs' in os.__all__)
