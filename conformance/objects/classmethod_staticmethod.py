# classmethod and staticmethod: binding, inheritance, alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, type(Date.is_leap).__name__)
print(MyDate(1, 2, 3).from_string("5-6-7"))
sm = staticmethod(len)
print(sm.__func__ is len, callable(sm), sm([1, 2]))
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    name = cm
print(Holder.name(), Holder().name())
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
Counter.increment(); SubCounter.increment(); SubCounter.increment()
print(Counter.count, SubCounter.count)
print(Date.from_string.__name__, Date.is_leap.__name__, Date.__dict__["is_leap"].__wrapped__.__name__)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
class Prop:
    @classmethod
    def m(cls): return cls
print(Prop.m() is Prop, Prop().m() is Prop)
