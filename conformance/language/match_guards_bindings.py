# match guards, bindings that leak on failure, soft keywords as names.
match = "match as a name"
case = 3
print(match, case)
_ = 5
print(_)
def check(v):
    match v:
        case [a, b] if a > b:
            return "desc", a, b
        case [a, b]:
            return "asc", a, b
        case {"x": x} if x:
            return "truthy x", x
        case _:
            return "fallback"
print(check([3, 1]), check([1, 3]), check({"x": 0}), check({"x": 2}))
def leak(v):
    y = "unset"
    match v:
        case (y, 0):
            pass
        case _:
            pass
    return y
print(leak((7, 0)), leak((8, 1)))
calls = []
def guard(n):
    calls.append(n)
    return n == 2
for i in range(4):
    match i:
        case n if guard(n):
            print("guarded", n)
print(calls)
match 5:
    case x:
        print("irrefutable", x)
match (1, (2, 3)):
    case (a, (b, c) as inner):
        print(a, b, c, inner)
match "abc":
    case [*chars]:
        print("str is sequence?", chars)
    case str(s):
        print("str not a sequence:", s)
match range(3):
    case [0, 1, 2]:
        print("range matched")
