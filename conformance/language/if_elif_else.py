# if/elif/else, truthiness of common values, and short-circuit behaviour.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 42):
    print(n, classify(n))

for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

def t(name, val):
    print("eval", name)
    return val

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", 3) or t("b", 4))
print(not t("a", []))
if t("x", 1) and not t("y", 0) or t("z", 1):
    print("compound true")
x = 5
if x:
    pass
print("after pass")
