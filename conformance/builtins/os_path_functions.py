# os.path (posixpath) string manipulation: join, split, splitext, normpath, relpath, commonpath.
import os.path as p
import posixpath
print(p is posixpath, p.sep if hasattr(p, "sep") else posixpath.sep)
print(p.join("a", "b", "c.txt"), p.join("/a", "/b", "c"), p.join("a/", "b"), p.join("", "x"), p.join("a", ""))
print(p.split("/usr/lib/file.tar.gz"), p.split("file"), p.split("/"), p.split("dir/"), p.basename("/a/b/"), p.dirname("/a/b/c"))
print(p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"), p.splitext("x."))
print(p.normpath("/a/./b/../c//d/"), p.normpath("a/../../b"), p.normpath(""), p.normpath("//x"), p.normpath("///x"))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/x/y"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["interview", "internet"]), p.isabs("/x"), p.isabs("x"))
print(p.splitdrive("/a/b"), p.expanduser("~nonexistentuser123/x"), p.normcase("A/B"), p.join("a", *["b", "c"]))
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.join("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
print(p.join(b"a", b"b"), p.basename(b"/x/y.py"), p.splitext(b"f.txt"))
import os
print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == "\n", os.path.abspath("x").endswith("/x"))
