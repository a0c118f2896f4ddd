# format() on builtin types without a mini-language: empty spec uses str(), anything else is an error.
for v in [None, [1, 2], (1,), {"k": 1}, {1}, b"x", range(3), object, len, ...]:
    print(repr(format(v, "")), end=" | ")
print()
for v, spec in [(None, "s"), ([1], ">5"), ((), "x"), ({}, "d"), (b"x", "s"), (range(1), "^3"), (type, "s")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print(type(e).__name__, e)
print(f"{None!s:>6}|{[1]!r:<6}|{(1, 2)!s:^8}|{b'x'!r:>6}|")
print(format(True, ""), format(True, "5"), format(False, ">6"), format(True, "b"), format(1 + 0j, ""), format(2 - 3j, "^10"))
print("{}".format(None), "{!r}".format([None]), "{0!s:*>8}".format({"a": 1}), "%s %r" % ([1], {"k": None}))
