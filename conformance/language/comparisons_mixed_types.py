# Comparison results and errors across types; identity vs equality.
print(1 == 1.0, 1 == "1", [1] == [1.0], (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "a" < "b" < "ba")
print(None == None, None is None, float("nan") == float("nan"), [float("nan")] == [float("nan")])
for a, b in [(1, "a"), ([], ()), ({}, {}), (None, 0), ((1,), [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print({1: 2} == {1: 2.0}, {1, 2} <= {1, 2, 3}, {1} < {1}, frozenset([1]) == {1})
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called")
        return "truthy"
print(Eq() == 1, 1 == Eq())
print(Eq() != 1)
x = [1, 2]
print(x == x[:], x is x[:], x is x)
print(1 < 2.5 < 3, -1 < True, 2 ** 64 > 1e19, 2 ** 64 == 2.0 ** 64)
