# int // and % follow the sign of the divisor; divmod agrees with both.
vals = [7, -7, 0, 1, -1, 13, -13, 2**70, -(2**70), 10**20 + 3]
divs = [3, -3, 1, -1, 7, 2**65, -(2**65)]
for a in vals:
    print(a, [(a // b, a % b) for b in divs])
    print([divmod(a, b) == (a // b, a % b) for b in divs])
for a, b in [(5, 0), (0, 0), (2**80, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            print(eval(f"a {op} b") if op != "divmod" else divmod(a, b))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
