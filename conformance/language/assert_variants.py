# assert with and without messages, with non-string messages, and __debug__.
try:
    assert 1 == 2
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert False, "message"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
print(__debug__)
x = 3
try:
    assert x > 5, f"x is {x}"
except AssertionError as e:
    print(e)
class Custom:
    def __repr__(self): return "Custom()"
try:
    assert None, Custom()
except AssertionError as e:
    print(e.args, str(e))
compile("assert (x, 'tuple always true')", "<s>", "exec")
print("done")
