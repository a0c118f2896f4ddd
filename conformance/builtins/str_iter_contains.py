# Iteration over str, membership with substrings, reversed, enumerate over astral text, str methods as functions.
s = "héllo 😀!"
print(list(s), list(reversed(s)), [i for i, c in enumerate(s) if c == "l"], "😀" in s, "lo 😀" in s, "" in s, "x" not in s)
it = iter(s)
print(next(it), next(it), list(it), type(iter("")).__name__, len(list(iter("abc"))), sum(1 for _ in s))
print(list(map(str.upper, ["a", "b"])), sorted("hello", key=str.lower), list(filter(str.isdigit, "a1b2")), "".join(sorted(set("mississippi"))))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
