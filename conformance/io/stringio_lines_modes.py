import io

def lines(text, newline):
    s = io.StringIO(text, newline=newline)
    return list(s)

for nl in (None, "", "\n", "\r", "\r\n"):
    print(repr(nl), lines("a\nb\r\nc\rd\r", nl))
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()), s.tell())

s = io.StringIO()
for i in range(3000):
    s.write("row %d\n" % i)
print(s.tell(), len(s.getvalue()))
s.seek(0)
print(sum(1 for _ in s), repr(s.readline()))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)))
print(s.tell(), repr(s.read(5)), s.tell())

s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(repr(s.getvalue()))
s.seek(3)
s.write("LO")
print(repr(s.getvalue()), s.tell())
s.seek(15)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.write("+")
print(repr(s.getvalue()))
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.truncate(100), repr(s.getvalue()))
s.write("abc\ndef")
s.seek(0, 2)
print(s.tell(), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(2))

for bad in (lambda: io.StringIO().readline("x"), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().truncate(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO(newline="x")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s = io.StringIO("a\nb")
s.close()
for op in (s.readline, s.getvalue, lambda: next(s), lambda: s.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
