# os.environ is a mapping over the environment; changes reach getenv and environb.
import os

os.environ['ZZT_T1'] = 'one'
print(os.environ['ZZT_T1'], os.getenv('ZZT_T1'), 'ZZT_T1' in os.environ)
print(os.environb[b'ZZT_T1'], os.getenvb(b'ZZT_T1'))
os.environb[b'ZZT_T2'] = b'two'
print(os.environ.get('ZZT_T2'), os.environ.setdefault('ZZT_T2', 'x'), os.environ.setdefault('ZZT_T3', 'three'))
print(os.environ.pop('ZZT_T3'), os.environ.get('ZZT_T3', 'gone'))
del os.environ['ZZT_T1']
print(os.getenv('ZZT_T1'), os.getenv('ZZT_T1', 'default'))
try:
    del os.environ['ZZT_T1']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['ZZT_T4'] = 4
except TypeError as e:
    print('TypeError', e)
try:
    os.environ[5] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    os.environb['k'] = b'v'
except TypeError as e:
    print('TypeError', e)
try:
    os.environ['ZZT_MISSING']
except KeyError as e:
    print('KeyError', e)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
os.environ.update({'ZZT_A': 'a', 'ZZT_B': 'b'})
print(sorted(k for k in os.environ if k.startswith('ZZT_')))
merged = os.environ | {'ZZT_C': 'c'}
print(type(merged).__name__, merged['ZZT_C'], 'ZZT_C' in os.environ)
os.environ |= {'ZZT_C': 'cc'}
print(os.environ['ZZT_C'])
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
