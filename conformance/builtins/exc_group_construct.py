# BaseExceptionGroup/ExceptionGroup constructors: the class chosen, derive, and the constructor's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(type(ExceptionGroup("m", (ValueError(),))).__name__, ExceptionGroup("m", [ValueError()]).exceptions)
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", ValueError()))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [ValueError], ))
t(lambda: BaseExceptionGroup("m", None))
class MyEG(ExceptionGroup):
    pass
m = MyEG("mine", [ValueError(1), TypeError(2)])
print(type(m.split(ValueError)[0]).__name__, type(m.derive([KeyError()])).__name__)
d = ExceptionGroup("orig", [ValueError()]).derive([TypeError("t")]); print(repr(d), type(d).__name__)
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])))
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
x = Derived("d", [ValueError(1), TypeError(2)])
print(repr(x.subgroup(ValueError)), repr(x.split(TypeError)))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
print(ExceptionGroup("m", [ValueError()]).args, str(ExceptionGroup("one", [ValueError(), ValueError()])))
