# difflib (SequenceMatcher, unified_diff, get_close_matches) and pprint formatting.
import difflib, pprint
a = "the quick brown fox".split()
b = "the slow brown dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(list(difflib.unified_diff(["one\n", "two\n", "three\n"], ["one\n", "2\n", "three\n", "four\n"], "old", "new")))
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("xyz", ["abc"]))
data = {"name": "conformance", "values": list(range(30)), "nested": {"deep": {"deeper": ["a" * 30, "b" * 30]}}, "tuple": (1, 2), "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(5))), pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint([[1, 2, 3]] * 3, compact=True, width=20)
print(pprint.isreadable([1, "a"]), pprint.isrecursive([1]), pprint.saferepr("x" * 5))
print(pprint.pformat((1, "two", [3.0, None]), width=10))
