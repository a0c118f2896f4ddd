# Integer literal forms and their reprs inside expressions.
print(0, -0, 00, 0_0, 1_2_3, 0b1, 0B1, 0o7, 0O7, 0xa, 0XA)
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1, 10 ** 18 * 10)
for src in ["0123", "1__2", "0b2", "0o8", "0xg", "1_", "0_b1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg)
print(1if True else 2, [0x1for x in [1]] if False else "ok")
