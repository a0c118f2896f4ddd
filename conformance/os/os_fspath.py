# os.fspath, os.PathLike, fsencode/fsdecode.
import os


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(os.fspath('a/b'), os.fspath(b'a/b'), os.fspath(P('x')), os.fspath(P(b'y')))
for bad in [1, None, P(3), [1]]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))


class NotPath:
    __fspath__ = None


print(isinstance(NotPath(), os.PathLike))
print(os.fsencode('abc'), os.fsencode(b'abc'), os.fsdecode(b'abc'), os.fsdecode('abc'), os.fsencode(P('q')))
print(os.PathLike[str])
print(os.path.join(P('a'), 'b'), os.path.basename(P('/x/y.txt')))
