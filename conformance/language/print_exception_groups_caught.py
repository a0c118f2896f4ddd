# ExceptionGroup attributes, iteration of leaves and splitting by predicates.
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")]), KeyError("d")])
print(eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[1]))
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            yield from leaves(sub)
    else:
        yield e
print([repr(x) for x in leaves(eg)])
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(eg.subgroup(lambda e: False), repr(eg.subgroup(lambda e: True) is eg))
print(repr(eg.split(lambda e: isinstance(e, LookupError))[0]))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
try:
    raise eg
except* ValueError as e:
    print("values:", [repr(x) for x in leaves(e)])
except* (TypeError, KeyError) as e:
    print("others:", [repr(x) for x in leaves(e)])
