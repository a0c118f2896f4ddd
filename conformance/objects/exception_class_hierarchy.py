# Raising classes and instances; catching by class hierarchy and tuples; errors for non-exceptions.
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    pass
try:
    raise NotFound
except LookupError as e:
    print(type(e).__name__, e.args, isinstance(e, AppError))
for thing in (5, "s", object, int, None):
    try:
        raise thing
    except TypeError as e:
        print("TypeError", e)
try:
    try:
        raise AppError("x")
    except (KeyError, AppError) as e:
        print("caught in tuple", e)
        raise
except Exception as e:
    print("re-raised", repr(e))
class NotAnException:
    pass
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck not used by except")
        return True
class Catcher(Exception, metaclass=Meta):
    pass
try:
    try:
        raise KeyError("k")
    except Catcher:
        print("caught by Catcher")
except KeyError as e:
    print("KeyError escaped", e)
print(NotFound.__mro__[1:3], issubclass(NotFound, Exception), BaseException.__subclasses__()[:1])
