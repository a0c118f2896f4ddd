# assert statement: messages, evaluation laziness.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert None, msg()
except AssertionError as e:
    print(e)
print(__debug__)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
check("four")
