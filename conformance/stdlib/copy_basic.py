import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, rc)


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, [y]

    def __repr__(self):
        return f'Pt({self.x}, {self.y})'


p = Pt(1, 2); pc = copy.copy(p); pd = copy.deepcopy(p)
p.y.append(3)
print(pc, pd, pc.y is p.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sc = copy.deepcopy(Slotted()); print(sc.a, sc.b)


class Custom:
    def __init__(self):
        self.v = 1

    def __copy__(self):
        print('__copy__ called')
        return Custom()

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom()


copy.copy(Custom()); copy.deepcopy(Custom())
print(copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(len) is len, copy.deepcopy(int) is int)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)


class Red:
    def __reduce__(self):
        return (Red, (), {'state': 7})


print(copy.deepcopy(Red()).state)
