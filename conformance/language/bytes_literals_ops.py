# bytes literals and operations on them in expressions.
b = b"abc" b"def"
print(b, b[0], b[1:3], b * 2, b + b"!", b"b" in b, 98 in b, list(b"hi"))
print(rb"\n", br"\x00", b"\x41\102\n")
try:
    b"abc" + "str"
except TypeError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"%d-%s" % (1, b"x"))
for src in ["b'é'", "b'\\u1234'"]:
    try:
        print(eval(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
