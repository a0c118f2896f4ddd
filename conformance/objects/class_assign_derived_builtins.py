# __class__ assignment between Python subclasses of the same builtin or library base, and the
# instance dict and __slots__ that such subclasses add.
import collections
import decimal
import fractions
import random


def swap(obj, new):
    old = type(obj).__name__
    try:
        obj.__class__ = new
    except TypeError as e:
        print(old, '->', new.__name__, 'TypeError:', e)
    else:
        print(old, '->', new.__name__, 'ok', obj.__class__.__name__)


class D1(decimal.Decimal): pass
class D2(decimal.Decimal): pass
swap(D1('1.5'), D2)

class C1(decimal.Context): pass
class C2(decimal.Context): pass
swap(C1(prec=5), C2)

class R1(random.Random): pass
class R2(random.Random): pass
r = R1(7)
swap(r, R2)
print(r.random() == random.Random(7).random())

class Q1(collections.deque): pass
class Q2(collections.deque): pass
swap(Q1([1, 2]), Q2)

class F1(fractions.Fraction): pass
class F2(fractions.Fraction): pass
swap(F1(1, 3), F2)

class I1(int): pass
class S1(str): pass
swap(I1(3), S1)
swap(I1(3), D2)

class Slotted(decimal.Decimal):
    __slots__ = ('tag',)
class Slotted2(decimal.Decimal):
    __slots__ = ('tag',)
class Other(decimal.Decimal):
    __slots__ = ('label',)
s = Slotted('2')
s.tag = 'kept'
swap(s, Slotted2)
print(s.tag)
swap(s, Other)
swap(s, D1)
try:
    s.extra = 1
except AttributeError as e:
    print('AttributeError:', e)

d = D1('4')
d.note = 'hello'
print(vars(d))
swap(d, D2)
print(d.note, d + 1)
