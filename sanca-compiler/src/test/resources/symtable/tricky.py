def outer():
    x = 1
    class Inner:
        x = 2
        y = [x for _ in range(2)]
        def meth(self):
            nonlocal x
            x = 3
            return [__class__ for _ in range(1)]
        z = (lambda: x)()
    def uses_super(self):
        return super()
    return Inner, uses_super
def walrus_outer():
    [last := n for n in range(3)]
    return last
def nested_comp(rows):
    return [[cell * factor for cell in row] for row in rows for factor in (1, 2)]
def shadow(list):
    return [list for list in list]
def gen_cell():
    return [lambda: q for q in range(3)], (r for r in range(2))
g = 1
def declares():
    global g
    g = 2
    def inner():
        return g
    return inner
class WithAnn:
    a: int
    b: "str" = "x"
    def m(self, c: int = 1, *args: str, d, **kw: bool) -> None:
        e: list = []
        return e
try:
    import missing as alias
except ImportError as err:
    alias = None
for i, (j, *k) in enumerate([(1, 2, 3)]):
    del i
with open(__file__) as fh, open(__file__) as fh2:
    pass
