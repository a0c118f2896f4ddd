# Function objects: attributes, __dict__, annotations, docstrings, defaults mutation.
def documented(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Docstring here.

    More text."""
    return [a, b, args, c, kw]

print(documented.__doc__.splitlines()[0])
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__name__, documented.__qualname__, documented.__module__)
documented.custom = 'attribute'
print(documented.__dict__)
documented.__defaults__ = ("changed",)
print(documented(1))
documented.__kwdefaults__ = {'c': 'kw changed'}
print(documented(1, 2))
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
def nodoc2():
    x = "not a docstring"
    "also not docstring"
print(nodoc2.__doc__)
try:
    nodoc.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    nodoc.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(callable(nodoc), type(nodoc).__name__, nodoc.__class__.__name__)
print(nodoc.__code__.co_name, nodoc.__globals__ is globals())
import functools
p = functools.partial(documented, 10, c=False)
print(p(), p.func is documented, p.args, p.keywords)
print(type(print).__name__, print.__name__, len.__self__.__name__ if hasattr(len, '__self__') else None)
print(type([].append).__name__, [].append.__name__, type(documented.__get__(1)).__name__)
