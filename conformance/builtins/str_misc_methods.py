# encode/decode, translate/maketrans, format_map, isX on mixed strings, ord/chr round trips, comparisons.
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"), "€".encode("utf-16-le"), "a".encode("utf-32-be"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}), "abc".translate({97: 98}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
print("b" > "a", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", sorted(["b", "A", "a", "B", "é"]))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "x" + "y", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc"[-10:2])
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
key = "1"
try:
    "abc"[key]
except TypeError as e:
    print(type(e).__name__, e)
print(str(), str(1.0), str([1, "a"]), str(b"x"), str(b"x", "ascii"), str(None), str(object) , str(bytearray(b"q"), "utf-8"))
print(len("日本語"), "日本語".encode("utf-8"), list("ab"), tuple("ab"), max("hello"), min("hello"), sorted("hello"))
print("A".ord() if hasattr(str, "ord") else ord("A"), chr(9731), "%c" % 9731, "\u2603" == chr(9731))
print(str.__mro__, "abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), "abc".__getitem__(slice(1, None)))
