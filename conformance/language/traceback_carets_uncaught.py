# Position markers for a failing binary operation inside a larger expression.
def ratio(a, b):
    return (a + 1) / (b - b)
x = [1, 2, 3]
total = x[0] + ratio(x[1], x[2]) * 2
