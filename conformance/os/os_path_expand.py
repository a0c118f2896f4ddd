# expanduser and expandvars.
import os
import os.path as p

os.environ['HOME'] = '/home/tester'
print(p.expanduser('~'), p.expanduser('~/docs'), p.expanduser('a/~'), p.expanduser('~nosuchuser_zz/x'))
print(p.expanduser(b'~/b'))
os.environ['HOME'] = '/home/slash/'
print(p.expanduser('~/x'))
os.environ['SANCA_V'] = 'value'
os.environ.pop('SANCA_UNSET', None)
for s in ['$SANCA_V', '${SANCA_V}', 'a$SANCA_V/b', '$SANCA_UNSET', '${SANCA_UNSET}x', '$', 'x$', '${', '${}',
          '$SANCA_V$SANCA_V', '$$SANCA_V', 'no vars', '${SANCA_V']:
    print(repr(s), repr(p.expandvars(s)))
print(p.expandvars(b'$SANCA_V/x'))
