# Uncaught error inside a lambda called from a comprehension.
handlers = [lambda x: x * 2, lambda x: x.upper()]
print([h("ab") for h in handlers])
print([h(3) for h in handlers])
