# pathlib pure paths: Windows syntax, URIs, with_*/relative_to errors, parents, match, subclasses.
from pathlib import *
import pathlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: WindowsPath("x")); t(lambda: PurePath(5)); t(lambda: PurePosixPath("a") < PureWindowsPath("a")); t(lambda: PurePosixPath("a") == PureWindowsPath("a"))
t(lambda: PurePosixPath("a").as_uri()); t(lambda: PurePosixPath("/a b/ü%").as_uri()); t(lambda: PureWindowsPath("c:/a b/x").as_uri()); t(lambda: PureWindowsPath("//srv/share/x").as_uri())
t(lambda: PurePosixPath("a").with_name("b/c")); t(lambda: PurePosixPath("a").with_name("")); t(lambda: PurePosixPath("a").with_name(".")); t(lambda: PurePosixPath("a").with_suffix(".")); t(lambda: PurePosixPath("a").with_suffix("./b")); t(lambda: PurePosixPath("a.b").with_suffix(""))
t(lambda: PurePosixPath("/a/b").relative_to("/a/c", walk_up=True)); t(lambda: PurePosixPath("/a/b").relative_to("c", walk_up=True)); t(lambda: PurePosixPath("/a/b").relative_to("/a/..", walk_up=True)); t(lambda: PurePosixPath("/a/b").relative_to("/a", "b"))
w = PureWindowsPath
for s in ["c:", "c:x", "c:\\", "\\\\srv\\share\\x\\y", "\\\\srv\\share", "//srv/share/", "\\x", "a/b\\c", "C:/a/B", "\\\\?\\c:\\x", "CON", "nul.txt", "a/con.txt:x"]:
    p = w(s); t(lambda: (p, str(p), p.drive, p.root, p.anchor, p.parts, p.name, p.parent, p.is_absolute(), p.is_reserved()))
t(lambda: w("c:/a") / "d:b"); t(lambda: w("c:/a") / "c:b"); t(lambda: w("c:/a") / "C:b"); t(lambda: w("c:/a") / "/x"); t(lambda: w("c:/a", "//s/h/x"))
t(lambda: w("C:/A/b.TXT").match("*.txt")); t(lambda: w("c:/a").relative_to("C:/")); t(lambda: hash(w("a")) == hash(w("A"))); t(lambda: sorted([w("b"), w("A"), w("a/c")]))
P = PurePosixPath
p = P("/a/b/c/d")
t(lambda: (p.parents[-1], p.parents[1:3], p.parents[::2], len(p.parents), p.parents)); t(lambda: p.parents[4]); t(lambda: p.parents[-5]); t(lambda: P("a/b").parents[0:])
t(lambda: (P("a/b/c.py").match("**/*.py"), P("a/b/c.py").match("a/*.py"), P("/a/b").match("/a/b"), P("/a/b").match("/b"), P("a/B").match("a/b", case_sensitive=False)))
t(lambda: P("a").match(""))
t(lambda: (P("..").name, P("a/..").parts, P(".a.b").suffixes, P("a.").suffix, P("a..b").suffixes, P("a.b.").suffixes, P(".").name, P("a b.tar.gz").suffixes))
t(lambda: (bytes(P("/a")), P("a").__fspath__(), P("a").__reduce__(), P(P("a"), "b"), P("a").joinpath(P("/b"))))
t(lambda: (P("/a").is_reserved(), P("a/b").with_segments("x", "y"), P("/a/b").anchor))
t(lambda: P("a") / None)
t(lambda: None / P("a"))
t(lambda: P("a", 1))
t(lambda: P(b"a"))
class MyP(PurePosixPath): pass
t(lambda: (MyP("a") / "b", MyP("a").parent, type(MyP("a/b").parents[0]).__name__))
t(lambda: (PurePath("a"), Path("a"), type(Path("a")).__name__, Path.cwd() == Path(".").absolute(), Path("~").expanduser() == Path.home()))
t(lambda: str(PurePosixPath("a/b")) + "|" + format(PurePosixPath("x"), ">4"))
