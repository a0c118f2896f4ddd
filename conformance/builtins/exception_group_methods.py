# ExceptionGroup: construction, split, subgroup, derive, nesting and str/repr.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) or e.args[0] > 2)))
m2, r2 = eg.split((ValueError, TypeError, KeyError))
print(m2 is eg, r2)
print(eg.split(lambda e: False))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
plain.add_note("note")
sub = plain.subgroup(ValueError)
print(sub.__notes__, sub.__traceback__ is plain.__traceback__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), isinstance(BaseExceptionGroup("b", [ValueError()]), ExceptionGroup))
for args in [("m",), ("m", ValueError()), ("m", []), (1, [ValueError()]), ("m", [ValueError()], 3)]:
    try:
        print(repr(ExceptionGroup(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(ExceptionGroup("tuple ok", (ValueError(1),))), eg.derive([KeyError()]).message)
print(eg.exceptions[2].exceptions[1], type(eg.exceptions).__name__)
