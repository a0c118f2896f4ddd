# conformance: native
# Exceptions escaping Thread.run: threading.excepthook, its arguments, SystemExit ignored.
import sys
import threading


def boom():
    raise ValueError('bad value')


captured = []
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name='T1')
t.start()
t.join()
print(captured)
t = threading.Thread(target=sys.exit, name='quiet')
t.start()
t.join()
print(captured[1:])
threading.excepthook = threading.__excepthook__
import io
sys.stderr = io.StringIO()


def fails():
    raise KeyError('missing')


t = threading.Thread(target=fails, name='Loud')
t.start()
t.join()
report = sys.stderr.getvalue().splitlines()
sys.stderr = sys.__stderr__
print(report[0], report[1], report[-1])
print('after', t.is_alive())
