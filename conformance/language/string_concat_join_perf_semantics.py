# String building semantics: +=, join, multiplication, immutability.
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = [str(i) for i in range(5)]
print("-".join(parts), "".join(reversed(parts)), ", ".join(map(str, range(3))))
try:
    "".join([1, 2])
except TypeError as e:
    print(e)
t = "ab"
u = t
t += "c"
print(u, t)
try:
    t[0] = "x"
except TypeError as e:
    print(e)
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -1)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
print("abc"[::-1], "a,b,,c".split(","), " x ".strip(), "Hello".swapcase())
