-c
assert 1 == 2, "checked"
