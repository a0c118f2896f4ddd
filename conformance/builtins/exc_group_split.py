# ExceptionGroup.split and subgroup by type, tuple of types and predicate; nested groups keep structure.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
match, rest = eg.split((TypeError, KeyError))
print(repr(match), repr(rest))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(match), repr(rest))
print(eg.split(Exception)[0] is eg, eg.split(OSError), eg.subgroup(Exception) is eg, eg.subgroup(OSError))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__, str(eg), repr(eg))
try:
    eg.split(5)
except TypeError as e:
    print("TypeError", e)
try:
    eg.subgroup()
except TypeError as e:
    print("TypeError", e)
eg.add_note("note"); m, r = eg.split(TypeError); print(m.__notes__, r.__notes__)
try:
    raise eg
except* ValueError as ve:
    print("star", repr(ve))
except* Exception as other:
    print("other", repr(other))
