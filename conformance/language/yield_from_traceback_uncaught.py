# An uncaught error from a sub-generator reached through yield from.
def inner():
    yield 1
    raise KeyError("from inner")
def outer():
    yield from inner()
for v in outer():
    print(v)
