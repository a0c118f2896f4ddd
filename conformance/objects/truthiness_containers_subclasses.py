# Truth of builtin subclasses follows their own __bool__/__len__ overrides.
class L(list):
    def __bool__(self):
        return True
class D(dict):
    def __len__(self):
        return 0
class S(str):
    def __len__(self):
        return 5
class I(int):
    def __bool__(self):
        return False
print(bool(L()), bool(D(a=1)), bool(S("")), bool(I(5)), not I(1), len(D(a=1)), len(S("")))
print("yes" if L() else "no", "yes" if I(3) else "no", [x for x in (I(1), 2) if x])
if D(a=1):
    print("truthy D")
else:
    print("falsy D")
class F(float):
    def __bool__(self):
        return True
print(bool(F(0.0)), bool(0.0), all([F(0.0)]), any([I(1)]))
while I(1):
    print("never")
    break
else:
    print("while saw false")
print(I(0) or "fallback", I(2) and "and-result", L() or "x")
