# Mapping patterns: extra keys, get() not __getitem__, **rest copies, defaultdict.
from collections import defaultdict
class Logging(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match Logging(a=1, b=2):
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("matched missing")
    case _:
        print("defaultdict not extended", dict(dd))
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {1: "int key", "1": "str key"}:
    case {1: a, "1": b}:
        print(a, b)
match {}:
    case {}:
        print("empty mapping pattern matches empty dict")
match {"k": 1}:
    case {}:
        print("empty pattern matches any mapping")
match [("k", 1)]:
    case {"k": 1}:
        print("list of pairs is not a mapping")
    case _:
        print("no")
