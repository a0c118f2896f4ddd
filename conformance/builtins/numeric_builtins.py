# abs, divmod, pow, round, bin/oct/hex, chr/ord and their errors.
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2), divmod(0, 3), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(3, 2, 4), pow(base=2, exp=5), pow(2, 3, mod=3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234, -2), round(7, 0), round(2.675, 2), round(5.5), round(-0.5))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(2 ** 64), bin(True))
print(chr(65), chr(0x1F600), chr(0), repr(chr(127)), ord("A"), ord("€"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: abs("x"), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(2, 0.5, 3), lambda: round("1"), lambda: round(1.5, 1.5), lambda: bin(1.5), lambda: hex("a"), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab")]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(1e300), round(1.23456789e-5, 8), round(-1.5), round(2.5, None), type(round(2.5, None)).__name__)
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), format(37, "b"), f"{37:#o}")
print(hash(5) == 5, hash(-1) == -2, hash(0.5) == hash(0.5), hash("") == 0, hash(()) == hash(()))
