# conformance: native
# subprocess.run and the helpers around it: capture, text, input, check, shell, errors.
import os
import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()

r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e, e.returncode, repr(e.output), repr(e.stdout), repr(e.stderr))

r = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'shout\n', stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(['cat'], input='text in\nsecond\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input='é\r\nline\r', capture_output=True, encoding='utf-8')
print(repr(r.stdout))
r = subprocess.run(['cat'], input='é', capture_output=True, universal_newlines=True)
print(repr(r.stdout))

r = subprocess.run(['sh', '-c', 'echo both; echo err 1>&2'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo gone; echo gone2 >&2'], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
print(r)
print(subprocess.run(['true']).returncode, subprocess.run(['false']).returncode)

try:
    subprocess.run(['sh', '-c', 'echo partial; exit 7'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.cmd, e.stdout, isinstance(e, subprocess.SubprocessError))

print(subprocess.call(['sh', '-c', 'exit 4']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e.cmd)
print(subprocess.check_output(['echo', 'checked']))
print(repr(subprocess.check_output('printf "a\\nb"', shell=True, text=True)))
print(subprocess.check_output(['cat'], input=None))
try:
    subprocess.check_output('echo no; exit 1', shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)

print(subprocess.getoutput('echo one; echo two'))
print(subprocess.getstatusoutput('echo status; exit 5'))
print(subprocess.getstatusoutput('echo to-stderr >&2'))
print(subprocess.getoutput('printf "no newline"'))

here = os.getcwd()
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout.strip())
print(os.getcwd() == here)
env = {'PATH': os.environ['PATH'], 'ONLY_ME': 'yes'}
r = subprocess.run(['sh', '-c', 'echo $ONLY_ME ${HOME:-nohome}'], env=env, capture_output=True,
                   text=True)
print(r.stdout.strip())
os.environ['SUBPROCESS_CASE'] = 'inherited'
print(subprocess.run('echo $SUBPROCESS_CASE', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "$0 $1 $2"', 'zero', 'one', 'two'],
                     capture_output=True, text=True).stdout, end='')
print(subprocess.run(['echo $0 $1', 'x', 'y'], shell=True, capture_output=True,
                     text=True).stdout, end='')

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
print(subprocess.CompletedProcess(['a'], 0))
print(subprocess.CompletedProcess('a', 1, 'o', 'e'))
print(subprocess.CompletedProcess[str])
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'plain', '']))
