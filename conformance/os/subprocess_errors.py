# conformance: native
# What subprocess raises: missing programs and directories, bad arguments, timeouts.
import os
import subprocess
import sys
import tempfile


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
        return e
    except subprocess.TimeoutExpired as e:
        # the timeout a bare wait reports is what was left of it: round it
        print(label, '->', type(e).__name__, e.cmd, round(e.timeout, 1))
        return e
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return e
    print(label, '=>', result)


e = attempt('missing program', subprocess.run, ['no-such-program-xyz'])
print(e.errno, e.filename, e.filename2)
attempt('missing with shell', subprocess.run, 'no-such-program-xyz 2>/dev/null', shell=True)
attempt('missing path', subprocess.Popen, ['./no/such/thing'])
attempt('missing cwd', subprocess.run, ['true'], cwd='/no/such/dir')
with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, 'plain.txt')
    with open(plain, 'w') as f:
        f.write('#!/bin/sh\necho hi\n')
    e = attempt('not executable', subprocess.run, [plain])
    print(e.errno, e.filename == plain)
    e = attempt('cwd is a file', subprocess.run, ['true'], cwd=plain)
    print(e.errno, e.filename == plain)
    os.chmod(plain, 0o755)
    print(subprocess.run([plain], capture_output=True).stdout)
    print(subprocess.run(['./plain.txt'], cwd=d, capture_output=True).stdout)
    try:
        subprocess.run([d])
    except PermissionError as e:
        print('a directory:', e.errno, e.strerror, e.filename == d)
    with open(plain, 'w') as f:
        f.write('echo no shebang\n')
    attempt('no shebang', subprocess.run, [plain])

attempt('bufsize', subprocess.Popen, ['true'], bufsize='big')
attempt('input and stdin', subprocess.run, ['cat'], input=b'x', stdin=subprocess.PIPE)
attempt('capture and stdout', subprocess.run, ['true'], capture_output=True,
        stdout=subprocess.PIPE)
attempt('check_output stdout', subprocess.check_output, ['true'], stdout=subprocess.PIPE)
attempt('startupinfo', subprocess.Popen, ['true'], startupinfo=object())
attempt('creationflags', subprocess.Popen, ['true'], creationflags=1)
attempt('text disagree', subprocess.Popen, ['true'], text=True, universal_newlines=False)
attempt('pathlike shell', subprocess.Popen, __import__('pathlib').Path('true'), shell=True)

e = attempt('timeout run', subprocess.run, ['sleep', '5'], timeout=0.3)
print(e.output, e.stdout, e.stderr, isinstance(e, subprocess.SubprocessError))
e = attempt('timeout partial', subprocess.run, ['sh', '-c', 'echo early; sleep 5'],
            capture_output=True, timeout=1.5)
print(e.stdout, e.stderr)
e = attempt('timeout check_output', subprocess.check_output, ['sleep', '5'], timeout=0.3)
attempt('timeout call', subprocess.call, ['sleep', '5'], timeout=0.3)

print(str(subprocess.CalledProcessError(1, 'cmd')))
print(str(subprocess.CalledProcessError(-9, ['cmd', 'arg'])))
print(str(subprocess.CalledProcessError(-200, 'cmd')))
print(str(subprocess.TimeoutExpired('cmd', 2)))
print(str(subprocess.TimeoutExpired(['x'], 0.25, output=b'o')))
print(repr(subprocess.CalledProcessError(2, 'c', 'out', 'err')))
err = subprocess.CalledProcessError(2, 'c', 'out')
err.stdout = 'changed'
print(err.output)
