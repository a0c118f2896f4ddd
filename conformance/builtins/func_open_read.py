# open(): reading this very file in text and binary modes, iteration, and open's argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
with open(__file__) as fh:
    first = fh.readline()
    print(repr(first), fh.closed, fh.mode, fh.name)
print(fh.closed)
with open(__file__, "rb") as fh:
    data = fh.read(10)
    print(data, type(data).__name__, fh.mode)
with open(__file__, encoding="utf-8") as fh:
    lines = list(fh)
print(len(lines) > 10, lines[0] == first)
t(lambda: open(__file__, "rz"))
t(lambda: open(__file__, "rw"))
t(lambda: open(__file__, "rb", encoding="utf-8"))
t(lambda: open(1.5))
t(lambda: open())
t(lambda: open(__file__, buffering="x"))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.filename)
