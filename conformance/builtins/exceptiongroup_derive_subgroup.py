# ExceptionGroup: split/subgroup with types, tuples and predicates; derive in subclasses; nesting; notes kept.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
def show(g):
    if g is None:
        return None
    return "%s(%r, [%s])" % (type(g).__name__, g.message, ", ".join(show(e) if isinstance(e, BaseExceptionGroup) else repr(e) for e in g.exceptions))
m, r = eg.split(ValueError)
print(show(m), "|", show(r))
print(m.__notes__, r.__notes__, type(m.__cause__).__name__, m.__traceback__ is eg.__traceback__)
print(show(eg.subgroup((KeyError, TypeError))), show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))), eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg, show(eg.split(lambda e: getattr(e, "args", [0])[0] == 3)[0]))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
g = MyEG("mine", [ValueError(1), TypeError(2)])
print(show(g.split(ValueError)[0]), show(g.subgroup(TypeError)))
class NoDerive(ExceptionGroup):
    pass
print(show(NoDerive("nd", [ValueError(1), TypeError(2)]).split(TypeError)[1]))
for bad in [lambda: eg.split(1), lambda: eg.subgroup("x"), lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__, show(bg.split(Exception)[0]), show(bg.split(Exception)[1]))
print(repr(ExceptionGroup("x", [ValueError(1)])), str(ExceptionGroup("x", [ValueError(1), KeyError(2)])), eg.derive([ValueError(9)]).message)
