# inspect.signature of builtin functions and methods: from __text_signature__, or ValueError where
# CPython has none.
import inspect
for f in [len, print, max, min, iter, next, getattr, vars, dir, round, pow, sorted, sum, divmod, str.maketrans,
          bytes.maketrans, str.join, dict.get, dict.fromkeys, int.from_bytes, bytes.center,
          bytearray.translate, __build_class__, breakpoint, __import__, compile, open, str.count, set.union, dict.update]:
    try:
        print(f.__qualname__, inspect.signature(f))
    except ValueError as e:
        print(f.__qualname__, 'ValueError', str(e).split(' at ')[0].split(' of ')[0])
print(type(str.__dict__["maketrans"]).__name__, str.maketrans.__self__, "".maketrans.__self__, list.index.__text_signature__)
print(str.maketrans('ab', 'cd') == "".maketrans('ab', 'cd'), bytes.maketrans(b'a', b'b')[97])
