# An uncaught AssertionError with a message.
def check(values):
    assert all(v > 0 for v in values), f"negative in {values}"
    return sum(values)
print(check([1, 2]))
check([1, -2])
