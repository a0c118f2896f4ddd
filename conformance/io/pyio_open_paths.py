# conformance: native
import io
import os
import tempfile
import warnings

work = tempfile.mkdtemp()
path = os.path.join(work, "data.txt")


def attempt(label, call):
    try:
        result = call()
    except OSError as e:
        print(label, type(e).__name__, e.strerror if e.errno else e)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)
        close = getattr(result, "close", None)
        if close:
            close()


with open(path, "w") as f:
    f.write("one\ntwo\r\nthree\rfour")

for mode in ("rb", "rt", "r+", "w+b", "ab", "a+", "x", "rw", "rr", "rtb", "z", "+", "b", "r+ +", "", 5):
    attempt(repr(mode), lambda: open(path, mode).mode)
attempt("x on existing", lambda: open(path, "x"))
with open(path, "w") as f:
    f.write("one\ntwo\r\nthree\rfour")
attempt("file type", lambda: open(3.5))
attempt("buffering type", lambda: open(path, buffering="1"))
for name in ("encoding", "errors", "newline"):
    attempt(name + " type", lambda: open(path, **{name: 1}))
    attempt(name + " binary", lambda: open(path, "rb", **{name: "x"}))
attempt("newline value", lambda: open(path, newline="\n\n"))
attempt("unbuffered text", lambda: open(path, "r", buffering=0))
attempt("unbuffered binary", lambda: type(open(path, "rb", buffering=0)).__name__)
attempt("buffer size", lambda: type(open(path, "rb", buffering=16)).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    open(path, "rb", buffering=1).close()
print(caught[0].category.__name__, caught[0].message)

with open(path, "rb") as raw_reader:
    print(type(raw_reader).__name__, type(raw_reader.raw).__name__, raw_reader.raw.mode)
for kinds in ("r", "r+", "w", "w+", "a", "a+", "x", "x+"):
    target = os.path.join(work, "f" + kinds.replace("+", "p"))
    if kinds[0] in "ra":
        open(target, "w").close()
    raw = io.FileIO(target, kinds)
    print(kinds, raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.closefd)
    raw.close()
    print(repr(raw).endswith("[closed]>"), raw.closed)
for bad in ("rw", "q", "r++", 5):
    attempt("FileIO " + repr(bad), lambda: io.FileIO(path, bad))
attempt("FileIO closefd", lambda: io.FileIO(path, "r", closefd=False))
attempt("FileIO negative", lambda: io.FileIO(-3))
attempt("FileIO float", lambda: io.FileIO(1.5))
raw = io.FileIO(path)
print(raw.seek(4), raw.tell(), raw.read(3), raw.tell(), raw.seek(-2, 2), raw.read())
attempt("seek float", lambda: raw.seek(1.5))
attempt("write on reader", lambda: raw.write(b"x"))
raw.close()
attempt("tell closed", lambda: raw.tell())

with open(path, "r", newline=None) as f:
    print(repr(f.read()), f.newlines)
with open(path, "r", newline="") as f:
    print([line for line in f])
with open(path, "r", newline="\r") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
    print(repr(f).split(" name=")[0], f.name == path)
text = open(path, "r+", encoding="utf-8")
print(repr(text).endswith("mode='r+' encoding='utf-8'>"), text.line_buffering, text.write_through)
text.reconfigure(newline="\r\n", line_buffering=True)
text.seek(0, 2)
text.write("\nend\n")
print(text.line_buffering)
attempt("cur seek", lambda: text.seek(3, 1))
attempt("end seek", lambda: text.seek(3, 2))
attempt("negative seek", lambda: text.seek(-1))
attempt("bad whence", lambda: text.seek(0, 7))
text.close()
with open(path, "rb") as f:
    print(f.read()[-10:])
attempt("text on closed", lambda: text.read())
attempt("detach twice", lambda: [w.detach(), w.detach()] if (w := open(path)) else None)

b = io.BytesIO(b"hello world")
print(b.read(5), b.tell(), b.seek(-3, 2), b.read(), b.seek(2, 1), b.tell(), b.seek(-100, 1), b.read(2))
b.seek(20)
b.write(b"!")
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), bytes(b.getbuffer()[:2]))
attempt("BytesIO whence", lambda: b.seek(0, 3))
attempt("BytesIO negative", lambda: b.seek(-1))
attempt("BytesIO str", lambda: io.BytesIO("text"))
b.close()
for method in ("getvalue", "getbuffer", "readable", "writable", "seekable", "read"):
    attempt("closed " + method, getattr(b, method))

pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.isatty(), pair.readable(), pair.writable(), pair.write(b"out"))
r = io.BufferedReader(io.BytesIO(b"abc"))
print(repr(r), r.peek(1)[:1], r.read1(2), r.read())
attempt("reader write", lambda: r.write(b"x"))
attempt("writer on unwritable", lambda: io.BufferedWriter(io.FileIO(path, "r")))
print(sorted(os.listdir(work)))
attempt("reader on unreadable", lambda: io.BufferedReader(io.FileIO(path, "a")))
attempt("random on unseekable", lambda: io.BufferedRandom(io.BufferedReader(io.BytesIO())))
