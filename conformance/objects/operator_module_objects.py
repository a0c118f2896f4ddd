# operator module: attrgetter, itemgetter, methodcaller, and function forms of operators.
import operator
class P:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.addr = type("Addr", (), {"city": city})()
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [P("ann", 30, "Oslo"), P("bob", 25, "Rome"), P("cy", 30, "Lima")]
print([p.name for p in sorted(people, key=operator.attrgetter("age", "name"))])
print(operator.attrgetter("addr.city")(people[1]), operator.attrgetter("name", "addr.city")(people[0]))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.itemgetter("k")({"k": 5}), operator.itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(operator.methodcaller("greet", "Hi")(people[2]), operator.methodcaller("greet", "Yo", punct="?")(people[1]))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("m", 1, k=2)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.neg(4), operator.pos(-4), operator.abs(-2), operator.invert(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq([1], [1]), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 1), operator.xor(6, 2), operator.lshift(1, 4), operator.rshift(16, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2); operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.index(7), operator.iadd([1], [2]), operator.iconcat("a", "b"))
for bad in [lambda: operator.attrgetter("missing")(people[0]), lambda: operator.itemgetter(5)([1]), lambda: operator.concat(1, 2), lambda: operator.index(1.5), lambda: operator.attrgetter(1)]:
    try:
        print(bad())
    except (AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
import functools
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(operator.add, [], "init"), operator.call(len, "abcd") if hasattr(operator, "call") else 4)
