# Conditional expressions: laziness, nesting, precedence with lambda and or.
def loud(v):
    print("evaluated", v)
    return v
print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))
x = 5
print("big" if x > 10 else "medium" if x > 3 else "small")
print(1 if 0 else 2 if 0 else 3)
f = lambda v: "pos" if v > 0 else "nonpos"
print(f(1), f(-1))
print((1 if True else 2) + 10, 1 if True else 2 + 10)
print([i if i % 2 else -i for i in range(4)])
print(x if x else None or "fallback", (x if not x else None) or "fallback")
y = [] if x < 0 else {} if x < 3 else ()
print(type(y).__name__)
