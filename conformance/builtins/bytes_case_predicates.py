# bytes case methods and predicates are ASCII-only; non-ASCII bytes pass through unchanged.
samples = [b"Hello World", b"hello", b"HELLO", b"Title Case", b"123", b"abc123", b" \t\n", b"", b"\xe9t\xe9", b"mIxEd \xff", b"they're bill's"]
for s in samples:
    print(s, s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(bytearray(b"abc").upper(), type(bytearray(b"x").title()).__name__, b"\x1c".isspace(), b"\x0b\x0c".isspace())
