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
import io, json, re, os.path, traceback, dataclasses, enum, functools, collections

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

@dataclasses.dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = dataclasses.field(default_factory=list)

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        self._balance = value

def squares(n):
    for i in range(n):
        yield i * i

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def main():
    out = io.StringIO()
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = collections.Counter(words)
    by_len = collections.defaultdict(list)
    for w in words:
        by_len[len(w)].append(w.upper().strip().replace("o", "0"))
    total = sum(squares(10)) + len(sorted(counts, key=counts.get)) + int("42") + round(2.5) + fib(20)
    nums = [x / 7 for x in range(-3, 12)] + [1e-300, 1.5e300, 0.1 + 0.2, float("inf"), -0.0, 2 ** 0.5]
    print(nums, [f"{x:.3f}" for x in nums], "%5.2f|%-4d|%s|%r" % (3.14159, 7, "s", "r"), file=out)
    print("{:>10}|{:^8}|{:,}|{:x}|{:e}".format("right", "mid", 10 ** 12, 255, 12345.678), file=out)
    print(2 ** 100 // 3 ** 20, divmod(-17, 5), pow(3, 200, 1000003), (1 + 2j) * 3, abs(-4.5), file=out)
    print(", ".join(repr(Point(i, i / 3)) for i in range(3)), b"x" * 3 + bytes([65, 66]), bytearray(b"ab"),
          {1, 2} | {3}, frozenset("ab") & {"a"}, {k: v for k, v in zip("abc", range(3))}, file=out)
    items = sorted([Item("b", 2.5, ["x"]), Item("a", 1.0)], reverse=True)
    print(items, dataclasses.asdict(items[0]), Color.RED, Color(2).name, list(Color), file=out)
    data = json.loads(json.dumps({"items": [dataclasses.asdict(i) for i in items], "n": None, "ok": True}))
    print(json.dumps(data, indent=2, sort_keys=True), file=out)
    print(re.sub(r"(\\w+)@(\\w+)", r"\\2 at \\1", "me@here you@there"), re.findall(r"\\d+", "a1b22c333"),
          re.match(r"(?P<k>[a-z]+)=(?P<v>.*)", "key=value").groupdict(), re.split(r"[,;]\\s*", "a, b;c"), file=out)
    print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q"), file=out)
    account = Account()
    account.balance = 10
    for bad in (lambda: [][1], lambda: {}["k"], lambda: 1 / 0, lambda: int("x"), lambda: setattr(account, "balance", -1),
                lambda: undefined_name, lambda: None.attr, lambda: "a" + 1):
        try:
            bad()
        except Exception as e:
            traceback.print_exc(file=out)
            print(type(e).__name__, e, file=out)
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise RuntimeError("outer") from e
    except RuntimeError:
        print(traceback.format_exc().count("\\n"), file=out)
    print(total, len(out.getvalue()) > 0, account.balance, str(3.0), repr(1/3), float("1.25"), hash(2.5) != 0)

main()
'''
exec(compile(source, "<training>", "exec"), {"__name__": "training"})
sys.stdout.flush()
