# str special methods: __add__/__mul__/__mod__/__contains__/__getitem__/__len__/__iter__ and NotImplemented.
s = "abc"
print(s.__add__("d"), s.__mul__(2), s.__rmul__(2), s.__mod__(()), "%s".__mod__(5), s.__rmod__("x"), s.__contains__("b"), s.__getitem__(-1), s.__len__())
print(list(s.__iter__()), s.__eq__("abc"), s.__eq__(1), s.__lt__("b"), s.__lt__(1), s.__hash__() == hash("abc"), s.__format__(">5"), s.__str__() is s, s.__repr__(), s.__sizeof__() > 0, s.__getnewargs__())
for f in [lambda: s.__getitem__(10), lambda: s.__contains__(None), lambda: s.__getitem__("x"), lambda: s.__format__(1)]:
    try:
        print(f())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
