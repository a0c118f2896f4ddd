# pathlib concrete paths in a temporary directory: mkdir, read/write, iterdir, glob, walk, rename, errors.
from pathlib import *
import os, tempfile
def t(f):
    try:
        print(repr(f()))
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)
    except Exception as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    b = Path("base")
    t(lambda: b.mkdir()); t(lambda: b.mkdir()); t(lambda: (b / "x/y").mkdir()); t(lambda: (b / "x/y").mkdir(parents=True)); t(lambda: b.mkdir(exist_ok=True))
    f = b / "f.txt"
    t(lambda: f.write_text("héllo\n")); t(lambda: f.read_text()); t(lambda: f.read_bytes()); t(lambda: f.write_bytes(b"ab")); t(lambda: f.write_text(5)); t(lambda: f.write_bytes("s"))
    t(lambda: (f.exists(), f.is_file(), f.is_dir(), b.is_dir(), f.stat().st_size, f.is_symlink(), (b/"nope").exists(), (b/"nope").is_file()))
    t(lambda: sorted(b.iterdir())); t(lambda: sorted(b.glob("*"))); t(lambda: sorted(b.rglob("*"))); t(lambda: sorted(b.glob("**"))); t(lambda: sorted(b.glob("**/")))
    t(lambda: sorted(Path(".").glob("base/*/"))); t(lambda: sorted(b.glob("")));  t(lambda: sorted(b.glob("/x"))); t(lambda: sorted(b.glob("a**")));  t(lambda: sorted(b.glob("x/..")))
    (b / ".hidden").touch()
    t(lambda: sorted(b.glob("*"))); t(lambda: sorted(b.glob("F.TXT"))); t(lambda: sorted(b.glob("F.TXT", case_sensitive=False)))
    t(lambda: (b / "nope").read_text()); t(lambda: (b / "nope").unlink()); t(lambda: (b / "nope").unlink(missing_ok=True)); t(lambda: b.rmdir()); t(lambda: (b/"x").rmdir())
    t(lambda: f.rename(b / "g.txt")); t(lambda: (b / "g.txt").replace(b / "h.txt")); t(lambda: (b / "h.txt").touch(exist_ok=False)); t(lambda: (b / "new").touch()); t(lambda: (b / "new").exists())
    t(lambda: b.resolve() == Path(tmp).resolve() / "base"); t(lambda: b.absolute() == Path(os.getcwd()) / "base"); t(lambda: b.is_absolute())
    with (b / "h.txt").open("w") as fh: fh.write("line1\nline2\n")
    with (b / "h.txt").open() as fh: print(fh.readlines())
    t(lambda: [(str(d), sorted(ds), sorted(fs)) for d, ds, fs in sorted(b.walk())])
    t(lambda: Path("base/../base/x").resolve() == (Path(tmp).resolve() / "base/x"))
    try:
        Path("nope/x").resolve(strict=True)
    except OSError as e:
        print(type(e).__name__)
    t(lambda: (b / "h.txt").samefile("base/h.txt"))
    t(lambda: Path("base/h.txt").stat(follow_symlinks=False).st_size); os.symlink("h.txt", "base/ln"); t(lambda: (Path("base/ln").is_symlink(), Path("base/ln").resolve().name, Path("base/ln").lstat().st_size > 0))
    t(lambda: Path("base/x").rmdir()); t(lambda: sorted(p.name for p in b.iterdir()))
    t(lambda: Path("base/h.txt").iterdir().__next__()); 
    t(lambda: Path("~user_nope_x").expanduser())
    t(lambda: (b / "h.txt").chmod(0o600)); t(lambda: oct((b / "h.txt").stat().st_mode & 0o777))
    t(lambda: Path("base/h.txt").with_suffix(".md").exists())
    os.chdir("/")
