# Star expressions in subscripts and for targets (3.11+), and tuple subscripts.
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
idx = (1, 2)
print(r[*idx], r[0, *idx], r[*idx, 3], r[*[], ])
print(r[1:2, *idx])
for x, *rest in [[1, 2, 3]]:
    print(x, rest)
for *init, last in ("abc", "de"):
    print(init, last)
t = *idx, 
print(t)
print({**{"a": 1}}, [*()], (*(), 1))
