# Tracebacks name <genexpr> and <lambda> frames; list comprehensions have no frame of their own (PEP 709).
def check(items):
    return all(validate(i) for i in items)
validate = lambda v: 10 / v
print(check([1, 2]))
print([validate(v) for v in [5]])
check([1, 0])
