# bytes.hex / bytearray.hex / memoryview.hex with separators and group sizes; their errors.
data = bytes(range(0, 250, 23))
for args in [(), (":",), ("-", 2), (" ", -2), (b"|", 3), (":", -4), ("_", 100), ("_", -100), (".", 1)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b"".hex(":"), b"\x01".hex(":", 5), bytes.hex(b"ab", sep="/", bytes_per_sep=1))
for args in [("ab",), ("é",), (1,), (":", "2"), (None,), ("", 1)]:
    try:
        print(data.hex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
