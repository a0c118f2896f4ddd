import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1), op.getitem('hello', slice(1, 3)))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 3), op.call(max, 1, 5))
x = [1]; print(op.iadd(x, [2]), x, op.imul(3, 4), op.iconcat([0], (1,)), op.ior({1}, {2}), op.ipow(2, 3), op.imatmul.__name__)
for bad in ["op.concat(1, 2)", "op.indexOf([1], 5)", "op.index(1.5)", "op.add(1, 'a')", "op.length_hint([], 'x')",
            "op.itemgetter(5)([1])", "op.attrgetter('zz')(1)", "op.attrgetter(1)", "op.methodcaller(1)", "op.getitem({}, 'k')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
ig = op.itemgetter(1); ig2 = op.itemgetter(0, 2)
print(ig('abc'), ig2('abc'), repr(ig), repr(ig2), repr(op.itemgetter('k')))


class P:
    def __init__(self):
        self.name = type('N', (), {'first': 'Ada', 'last': 'L'})()
        self.age = 36

    def greet(self, greeting, punct='!'):
        return greeting + punct


ag = op.attrgetter('age'); ag2 = op.attrgetter('name.first', 'name.last')
print(ag(P()), ag2(P()), repr(ag), repr(ag2))
mc = op.methodcaller('greet', 'hi', punct='?')
print(mc(P()), repr(mc), repr(op.methodcaller('upper')), op.methodcaller('upper')('x'))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)), op.__add__ is op.add, op.__not__(1))
print(type(ig).__name__, type(ag).__module__)
