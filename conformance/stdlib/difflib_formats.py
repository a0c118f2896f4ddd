# difflib text formats: unified_diff, context_diff, ndiff, Differ, restore, diff_bytes.
import difflib, sys
a = "one two three four five six seven eight nine ten eleven twelve".split()
b = "zero one two 3 four five six seven eight nine ten twelve thirteen".split()
print("".join(l + "\n" for l in difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "2024-01-02", lineterm="")), end="")
print("".join(l + "\n" for l in difflib.unified_diff(a, b, n=1, lineterm="")), end="")
print("".join(l + "\n" for l in difflib.context_diff(a, b, "a.txt", "b.txt", lineterm="")), end="")
print("".join(l + "\n" for l in difflib.context_diff(a, b, n=0, lineterm="")), end="")
print(list(difflib.unified_diff(["same\n"], ["same\n"])), list(difflib.context_diff([], ["new\n"])))
print(list(difflib.unified_diff([], ["x\n", "y\n"])), list(difflib.unified_diff(["x\n"], [])))
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")
delta = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), "".join(difflib.restore(delta, 2)), sep="|")
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError", e)
print(list(difflib.ndiff(["\tabc def\n"], ["\tabc  xdef\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "y\n"])), list(difflib.ndiff(["a\n"], ["p\n", "q\n"])))
print(list(difflib.ndiff(["# x\n", "keep\n"], ["keep\n", "\n"], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.Differ().compare(["abcdefgh\n", "same\n"], ["same\n", "abcdefgX\n"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
for args in ([1, 2], ["a"]), (["a"], ["b"], 3):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
