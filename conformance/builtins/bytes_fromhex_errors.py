# bytes.fromhex / bytearray.fromhex: whitespace rules and the position in error messages.
for s in ["", "00", "deadBEEF", " 01 02 ", "0a\t0b\n0c", "a b".replace(" ", "")]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["0", "0g", "01 2", "1 23", "zz", "0 1", "01\x0b02", "01\xa002", "\u3000"]:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for bad in [b"01", 1, None]:
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)
class B(bytes):
    pass
x = B.fromhex("4142")
print(type(x).__name__, x)
