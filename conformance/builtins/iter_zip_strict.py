# zip: shortest-wins, strict=True and its ValueError texts for each argument position.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)))
t(lambda: list(zip("abc", [1, 2], strict=True)))
t(lambda: list(zip("ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("ab", "ab", [1], strict=True)))
t(lambda: list(zip("a", "ab", "abc", strict=True)))
t(lambda: list(zip("ab", "ab", "abc", strict=True)))
t(lambda: list(zip([], [1], strict=True)))
t(lambda: zip(1))
t(lambda: zip("a", 2))
t(lambda: zip("a", foo=1))
z = zip("ab", "cd", strict=True); print(next(z), type(z).__name__, list(z))
z = zip("abc", [1, 2], strict=True)
print(next(z), next(z))
t(lambda: next(z))
t(lambda: next(z))
print(list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", "cd")))
print(list(zip("ab", [1, 2], strict=False)), list(zip("ab", [1], strict=0)))
