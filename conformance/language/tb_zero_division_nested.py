# Uncaught ZeroDivisionError several frames deep, including a lambda and a comprehension.
def average(values):
    return sum(values) / len(values)

def report(groups):
    return [average(g) for g in groups]

scale = lambda groups: report(groups)
print(scale([[1, 2, 3], [4]]))
print(scale([[1], []]))
