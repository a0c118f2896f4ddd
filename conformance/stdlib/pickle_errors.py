# Errors of pickling and unpickling, with CPython's exception types and messages.
import pickle
import io
from _pickle_classes import Bad, Slotted

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

for rv in [42, (), (len,), (len, (1,), None, None, None, None, None), (42, ()), (len, [1]), (list, (), None, 5),
           (dict, (), None, None, 5), (list, (), None, None, None, 7)]:
    attempt(lambda: pickle.dumps(Bad(rv), 2))
attempt(lambda: pickle.dumps((x for x in []), 4))
attempt(lambda: pickle.dumps(Slotted(), 1))
attempt(lambda: pickle.dumps(1, 6))
attempt(lambda: pickle.dumps(1, 4, buffer_callback=print))
attempt(lambda: pickle.Pickler(42))
attempt(lambda: pickle.Unpickler(42))
attempt(lambda: pickle.loads("text"))
for data in [b"", b"\x80\x04", b"garbage", b"\x80\x06N.", b"(.", b"0.", b"h\x05.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
             b"\x00", b"\xff", b"\x93.", b"P1\n.", b"}K\x01b.", b"N\x81.", b"]K\x01K\x02.", b"K\x01K\x02\x86.",
             b"\x80\x02c__builtin__\nnothing_here\n.", b"\x80\x04\x8c\x08builtins\x94\x8c\x07missing\x94\x93.",
             b"cno_such_module_xyz\nx\n.", b"X\x05\x00\x00\x00ab.", b"(K\x01K\x02t\x85."]:
    attempt(lambda: pickle.loads(data))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PickleError.__mro__[1].__name__, pickle.PicklingError.__module__)
attempt(lambda: pickle.load(io.BytesIO(b"")))
