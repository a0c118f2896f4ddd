# Uncaught ZeroDivisionError with carets under the operator in a nested call.
def average(values):
    return sum(values) / len(values)
def report(groups):
    return {name: average(vals) for name, vals in groups.items()}
print(report({"a": [1, 2]}))
print(report({"a": [1], "b": []}))
