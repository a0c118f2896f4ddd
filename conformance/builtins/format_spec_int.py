# format() mini-language for int: fill/align, sign, #, 0, width, grouping, every type, and errors.
n = 1234567
specs = ["", "d", "10", "<10", ">10", "^10", "*^11", "=+12", "+", " ", "-", ",", "_", "010", "012,", "x", "X", "#x", "#010x", "o", "#o", "b", "#b", "_b", "n", "e", ".2e", "f", ".1f", "g", "%", ".3%", "_x", "#_o", "+#X"]
for s in specs:
    print(repr(s), repr(format(n, s)), repr(format(-n, s)) if s != "c" else "")
print(format(0, "#b"), format(-1, "#x"), format(True, "d"), format(True, ""), format(65, "c"), format(2**70, ","), format(-(2**70), "_x"), format(0, "+05d"), format(5, "=^5"))
for s in ["s", ".2d", ",d" * 2, "z", "=s", ",c", "#c", "+c", "5.5", "__", ",_", "_,", "j", "-c", "100000000000000000000d"]:
    try:
        print(repr(s), format(n, s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    print(format(-1, "c"))
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
