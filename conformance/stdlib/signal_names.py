# conformance: native
# signal: the Signals, Handlers and Sigmasks enums, strsignal and valid_signals.
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGKILL.name, int(signal.SIGUSR1))
print(signal.Signals(15), signal.Signals['SIGHUP'], signal.Signals.SIGCHLD is signal.SIGCLD)
print(signal.SIGIOT, signal.SIGPOLL, signal.SIGRTMIN, signal.SIGRTMAX, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_SETMASK))
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__module__, signal.Signals.__name__)
print([s.name for s in signal.Signals][:8], len(list(signal.Signals)))
for n in (1, 2, 9, 15, 17, 19, 31, 34, 40, 64, signal.SIGSEGV):
    print(n, signal.strsignal(n))
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print(bad, e)
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), 32 in valid, 33 in valid, sorted(valid)[:4], max(valid))
try:
    signal.Signals(32)
except ValueError as e:
    print(e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
