# Other compile-time SyntaxWarnings: calling or subscripting literals, assert on tuple.
def calls():
    try:
        return (1)(2)
    except TypeError as e:
        return str(e)
print(calls())
def subs():
    try:
        return 5[0]
    except TypeError as e:
        return str(e)
print(subs())
def idx():
    try:
        return [1, 2]["a"]
    except TypeError as e:
        return str(e)
print(idx())
assert (False, "always true")
print("done")
