# Uncaught exception raised "from None": no context shown.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no {key!r}") from None
print(lookup({"a": 1}, "a"))
lookup({}, "b")
