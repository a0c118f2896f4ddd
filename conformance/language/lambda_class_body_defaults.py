# Lambdas and defaults in class bodies capture class-level values at definition time.
class Config:
    base = 10
    scale = lambda self, x, b=base: x * b
    items = [1, 2]
    first = (lambda xs=items: xs[0])()
print(Config().scale(3), Config.first)
class Late:
    value = 1
    get = lambda self: Late.value
Late.value = 2
print(Late().get())
