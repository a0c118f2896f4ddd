# Uncaught exceptions with empty messages print just the type.
def f():
    raise KeyError
try:
    f()
except KeyError as e:
    print(repr(e), str(e) == "")
raise ValueError()
