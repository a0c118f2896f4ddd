# An uncaught TypeError for iterating over a non-iterable in a for statement.
def total(values):
    s = 0
    for v in values:
        s += v
    return s
print(total([1, 2]))
print(total(42))
