from collections import UserList, UserString
import collections.abc as abc

u = UserList([3, 1, 2])
u.append(0); u.sort(); print(u, u.data, u[1:], type(u[1:]).__name__)
print(u + [9], [9] + u, u * 2, len(u), 2 in u, u.index(2), u.count(3))
u.extend(UserList([7])); u.insert(0, -1); print(u.pop(), u, u.copy(), u == [-1, 0, 1, 2, 3])
u.reverse(); u.remove(0); print(u, u < [4], u > [0])
s = UserString('hello')
print(s, repr(s), s.upper(), s[1:3], s + '!', '>' + s, s * 2, len(s), 'ell' in s, s.find('l'))
print(s.split('l'), s.replace('l', 'L'), s.center(9, '*'), s.capitalize(), s == 'hello', s < 'world')
print(isinstance(s, abc.Sequence), isinstance(u, abc.MutableSequence), hash(s) == hash('hello'))
print(issubclass(list, abc.MutableSequence), issubclass(dict, abc.Mapping), issubclass(tuple, abc.Sequence),
      issubclass(str, abc.Sequence), issubclass(set, abc.MutableSet), issubclass(frozenset, abc.Set),
      issubclass(list, abc.Hashable), issubclass(int, abc.Hashable), issubclass(type({}.keys()), abc.KeysView))
print(isinstance(iter([]), abc.Iterator), isinstance([], abc.Iterable), isinstance(len, abc.Callable),
      isinstance((x for x in ()), abc.Generator), isinstance(range(3), abc.Reversible), isinstance({}, abc.Sized))


class MySeq(abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


m = MySeq(4)
print(list(m), 20 in m, m.index(30), m.count(10), list(reversed(m)))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError:", e)


class Incomplete(abc.Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(sorted(abc.__all__))
print(abc.Callable[[int], str], abc.Callable[..., int], abc.Iterable[int])
