# os and shutil operations inside a temporary directory: makedirs, walk, rename, stat sizes, copy, rmtree.
import os, shutil, tempfile
with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(os.path.join(tmp, "a", "b", "c"))
    os.makedirs(os.path.join(tmp, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(tmp, "a"))
    except FileExistsError as e:
        print(type(e).__name__)
    for name, content in [("a/x.txt", "xx"), ("a/b/y.txt", "yyy"), ("a/b/c/z.log", "z")]:
        with open(os.path.join(tmp, name), "w") as f:
            f.write(content)
    for root, dirs, files in os.walk(tmp):
        dirs.sort()
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    print(sorted(e.name for e in os.scandir(os.path.join(tmp, "a"))), [e.is_dir() for e in sorted(os.scandir(os.path.join(tmp, "a")), key=lambda e: e.name)])
    st = os.stat(os.path.join(tmp, "a", "b", "y.txt"))
    print(st.st_size, os.path.isfile(os.path.join(tmp, "a", "x.txt")), os.path.isdir(os.path.join(tmp, "a")), os.path.exists(os.path.join(tmp, "nope")))
    os.rename(os.path.join(tmp, "a", "x.txt"), os.path.join(tmp, "a", "renamed.txt"))
    shutil.copy(os.path.join(tmp, "a", "renamed.txt"), os.path.join(tmp, "copy.txt"))
    shutil.copytree(os.path.join(tmp, "a", "b"), os.path.join(tmp, "b2"))
    print(sorted(os.listdir(tmp)), sorted(os.listdir(os.path.join(tmp, "b2"))), open(os.path.join(tmp, "copy.txt")).read())
    shutil.move(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "b2", "moved.txt"))
    shutil.rmtree(os.path.join(tmp, "a"))
    print(sorted(os.listdir(tmp)), sorted(os.listdir(os.path.join(tmp, "b2"))))
    for bad in [lambda: os.rmdir(os.path.join(tmp, "b2")), lambda: os.remove(os.path.join(tmp, "missing")), lambda: os.listdir(os.path.join(tmp, "b2", "y.txt"))]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, os.path.basename(e.filename))
    import glob, fnmatch
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**", "*.txt"), recursive=True)))
    print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("File.PY", "*.py"), fnmatch.fnmatchcase("File.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.py"))
print(os.path.exists(tmp))
