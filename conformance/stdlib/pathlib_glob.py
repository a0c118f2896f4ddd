# Path.glob, rglob and walk over a small tree: wildcards, **, .., trailing slash, hidden names, errors.
import os
import tempfile
from pathlib import Path


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for d in ["src/pkg/sub", "src/.cache", "docs", "empty"]:
        (root / d).mkdir(parents=True)
    for f in ["src/a.py", "src/b.txt", "src/pkg/__init__.py", "src/pkg/sub/deep.py", "src/.cache/x.py",
              "docs/Read.ME", "docs/guide.txt", "top.py", ".hidden.py"]:
        (root / f).write_text(f)
    rel = lambda paths: sorted(p.relative_to(root).as_posix() for p in paths)
    show(lambda: rel(root.glob("*.py")))
    show(lambda: rel(root.glob("*")))
    show(lambda: rel(root.glob("*/*.py")))
    show(lambda: rel(root.glob("**/*.py")))
    show(lambda: rel(root.rglob("*.py")))
    show(lambda: rel(root.rglob("*.txt")))
    show(lambda: rel(root.glob("**")))
    show(lambda: rel(root.glob("**/")))
    show(lambda: rel(root.glob("src/**/sub")))
    show(lambda: rel(root.glob("**/**/*.py")))
    show(lambda: rel(root.glob("*/")))
    show(lambda: rel(root.glob("src/pkg/..")))
    show(lambda: rel(root.glob("docs/*.me")))
    show(lambda: rel(root.glob("docs/*.me", case_sensitive=False)))
    show(lambda: rel(root.glob("docs/[rg]*")))
    show(lambda: rel(root.glob("nothing/*")))
    show(lambda: rel(root.glob("top.py")))
    show(lambda: rel(root.glob("top.py/x")))
    show(lambda: rel(root.rglob("sub")))
    show(lambda: list(root.glob("")))
    show(lambda: list(root.glob("/etc/*")))
    show(lambda: list(root.glob("src/**.py")))
    show(lambda: type(root.glob("*")).__name__)
    walked = [(Path(d).relative_to(root).as_posix(), sorted(ds), sorted(fs)) for d, ds, fs in root.walk()]
    print(sorted(walked))
    bottom_up = [Path(d).relative_to(root).as_posix() for d, ds, fs in (root / "src").walk(top_down=False)]
    print(bottom_up.index("src/pkg/sub") < bottom_up.index("src/pkg") < bottom_up.index("src"), len(bottom_up))
    pruned = []
    for d, ds, fs in root.walk():
        ds[:] = [x for x in ds if not x.startswith(".")]
        pruned.append(d.relative_to(root).as_posix())
    print(sorted(pruned))
    errors = []
    print(list((root / "missing").walk(on_error=errors.append)), [type(e).__name__ for e in errors])
    print(sorted(p.name for p in (root / "src").iterdir()), sorted(os.listdir(root / "src")) == sorted(p.name for p in (root / "src").iterdir()))
