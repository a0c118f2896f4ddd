# format() mini-language for str: fill/align/width/precision, wide characters, and errors.
s = "héllo"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-<8", ".2", "10.3", "^7.1", "😀>8", ">0", ".0"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("日本", "^6")), repr(f"{'x':>{3}}"), repr(format("", "*^3")), repr("{:=<4}".format("a")))
for spec in ["d", "=10", "+", " ", "#", "010", ",", "_", "x", "z", "10.2f", "c"]:
    try:
        print(repr(spec), format(s, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
class O:
    pass
o = O()
print(format(o, "") == str(o), format(None, ""), format([1, 2], ""))
for spec in ["s", ">5"]:
    try:
        print(format(O(), spec))
    except TypeError as e:
        print(type(e).__name__, str(e).replace(hex(id(O)), "X"))
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
