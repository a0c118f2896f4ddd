# Conversions between builtin types with the constructors, and their error messages.
print(int("12"), int(12.9), int(True), float("3"), float(2), float(True), str(12), str(1.0), str(None), bool("x"), bool(0.0))
print(list("ab"), list((1, 2)), list({"k": 1}), list({1}), tuple([1]), tuple("x"), set([1, 1]), set("aa"), dict([(1, 2)]), dict(a=1))
print(complex("1+2j"), complex(2), complex(1, 2), bytes([65]), bytes("A", "ascii"), bytearray(b"a"), str(b"a", "ascii"), bytes(bytearray(b"z")))
print(list(range(3)), tuple(range(0)), frozenset("ab") == {"a", "b"}, list(map(int, ["1", "2"])), list(zip("ab", (1, 2))))
print(int("  -0012  "), float("  -1.5e2 "), int("0" * 20), float("0" * 20 + ".5"), str(-0.0), str(10 ** 20), str(1e20))
print(chr(int("41", 16)), int(ord("A")), hex(int("0b101", 2)), float.fromhex("0x10"), int(float("1e6")), int(str(2 ** 70)) == 2 ** 70)
for bad in [lambda: int("1.0"), lambda: int(""), lambda: float("1,5"), lambda: int([]), lambda: float([]), lambda: list(5), lambda: dict([1]), lambda: dict(["ab", "c"]), lambda: tuple(None), lambda: set(1.5), lambda: bytes(["a"]), lambda: complex("1 + 2j"), lambda: str(b"\xff", "utf-8")]:
    try:
        print(bad())
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), list({"b": 1, "a": 2}.items()), str([1, "a", None]), repr(str(1)), int(" \t12\n"), float("\n1\t"))
print(type(int("5")).__name__, type(5 / 1).__name__, type(5 // 1).__name__, type(5.0 // 1).__name__, type(True + 0).__name__, type(2 ** -1).__name__, type(round(2.5)).__name__)
