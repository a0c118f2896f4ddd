# pathlib pure paths: parts, parents, suffixes, joining, relative_to, match, with_* methods.
from pathlib import PurePosixPath as P, PureWindowsPath as W
p = P("/home/user/docs/report.final.pdf")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, p.drive)
print(list(p.parents), p.parents[1], p.is_absolute(), P("rel/x").is_absolute())
print(p.with_name("other.txt"), p.with_suffix(".txt"), p.with_stem("summary"), P("a") / "b" / "c", "/root" / P("x"), P("a", "b", "/c", "d"))
print(p.relative_to("/home"), p.is_relative_to("/home/user"), p.is_relative_to("/etc"), P("a/b").joinpath("c", "d"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print(type(e).__name__, e)
print(p.match("*.pdf"), p.match("docs/*.pdf"), p.match("/home/*.pdf"), P("a/b.py").match("*.PY"))
print(P("a//b/./c/.."), P("."), P(""), P("/"), P("//x"), str(P("x/")), P("a") == P("a/"), P("a") < P("b"), sorted([P("b"), P("a/c"), P("a")]))
for bad in [lambda: P("x").with_suffix("txt"), lambda: P("/").with_name("x"), lambda: P("x") / 5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = W("C:\\Users\\ann\\file.TXT")
print(w, w.drive, w.root, w.anchor, w.parts, w.suffix, w.as_posix(), w.name, W("c:/a") == W("C:\\A"))
print(P("a/b").as_posix(), P("/a").as_uri(), hash(P("a")) == hash(P("a")), P("a.tar.gz").stem, P(".hidden").suffix)
