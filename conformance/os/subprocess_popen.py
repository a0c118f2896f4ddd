# conformance: native
# Popen: pipes as file objects, communicate, wait/poll, signals, pipelines, files.
import io
import os
import signal
import subprocess
import sys
import tempfile

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr, p.returncode)
p.stdin.write(b'first line\nsecond line\n')
p.stdin.close()
print(p.stdout.readline())
print(list(p.stdout))
print(p.wait(), p.returncode, p.poll())
p.stdout.close()

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.text_mode, p.universal_newlines)
out, err = p.communicate('via communicate\n')
print(repr(out), err, p.returncode)

with subprocess.Popen(['sh', '-c', 'echo o; echo e >&2; exit 6'], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE) as p:
    print(p.communicate())
print(p.returncode, p.stdout.closed, p.stderr.closed)
print(repr(p))
long = subprocess.Popen(['echo'] + ['word'] * 30, stdout=subprocess.DEVNULL)
long.wait()
print(repr(long), len(repr(long)))

p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('wait:', e)
p.terminate()
print(p.wait(), p.returncode)
p.terminate()
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'trap "echo got TERM; exit 3" TERM; echo ready; while :; do sleep 0.05; done'],
                     stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end='')
p.terminate()
print(p.stdout.read(), end='')
print(p.wait())
p.stdout.close()

p = subprocess.Popen(['sh', '-c', 'echo before; sleep 5; echo after'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=1.5)
except subprocess.TimeoutExpired as e:
    print('partial:', e.output)
p.kill()
out, err = p.communicate()
print('after kill:', out, err, p.returncode)
try:
    p.communicate(input=b'late')
except ValueError as e:
    print(e)

p1 = subprocess.Popen(['printf', 'b\\na\\nc\\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)

with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, 'out.txt')
    with open(name, 'w') as f:
        f.write('parent first\n')
        f.flush()
        subprocess.run(['echo', 'child next'], stdout=f)
        f.write('parent last\n')
    with open(name) as f:
        print(f.read(), end='')
    with open(name, 'rb') as f:
        print(subprocess.run(['wc', '-l'], stdin=f, capture_output=True).stdout.split())
    fd = os.open(name, os.O_WRONLY | os.O_APPEND)
    subprocess.run(['echo', 'via fd'], stdout=fd)
    os.close(fd)
    with open(name) as f:
        print(f.read().splitlines()[-1])
    err_name = os.path.join(d, 'err.txt')
    with open(err_name, 'w') as f:
        subprocess.run(['sh', '-c', 'echo to err >&2'], stderr=f)
    with open(err_name) as f:
        print(repr(f.read()))

p = subprocess.Popen(['sh', '-c', 'read x; echo "got $x"'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True, bufsize=1)
p.stdin.write('line-buffered\n')
print(p.stdout.readline(), end='')
p.stdin.close()
p.stdout.close()
p.wait()

p = subprocess.Popen(['head', '-c', '5'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'x' * 200000)
print(out, p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(b'y' * 300000)
print(len(out), err)
print(isinstance(p.pid, int), p.pid > 0)
sys.stdout.flush()
subprocess.run(['echo', 'inherited stdout'])
subprocess.run(['sh', '-c', 'echo inherited stderr >&2'])
sys.stdout.flush()
print('back in parent')
