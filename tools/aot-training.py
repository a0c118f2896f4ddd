# The launcher's AOT training run (see ./sanca): what it loads and links here, later runs find in
# the JDK's AOT cache instead of loading, verifying and linking it again. So it imports the
# modules programs use most and touches the common builtin types, compiling some code on the way.
# A missing module is skipped: training must not fail.
import sys

COMMON = """os os.path re json collections collections.abc dataclasses enum typing functools
itertools operator types abc contextlib io math random string textwrap struct copy datetime
time pathlib threading weakref warnings traceback inspect keyword heapq bisect fnmatch glob
shutil tempfile base64 hashlib decimal fractions statistics argparse subprocess importlib.util
linecache reprlib pprint queue uuid numbers codecs locale unicodedata""".split()

for name in COMMON:
    try:
        __import__(name)
    except Exception:
        pass

source = '''
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def squares(n):
    for i in range(n):
        yield i * i

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
total = sum(squares(10)) + len(sorted(counts, key=counts.get)) + int("42") + round(2.5)
text = ", ".join(repr(Point(i, float(i) / 3)) for i in range(3)) + str(b"x" * 3) + str({1, 2} | {3})
try:
    [][1]
except (IndexError, KeyError) as e:
    text += type(e).__name__
with open(__file__ if "__file__" in globals() else "/dev/null", "rb") as f:
    f.read(1)
print(total, text, file=open("/dev/null", "w"))
'''
exec(compile(source, "<training>", "exec"), {"__name__": "training"})
sys.stdout.flush()
