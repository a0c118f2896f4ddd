# Basics: defining and calling functions, defaults, keyword arguments, return values, recursion.
def add(a, b):
    return a + b
def greet(name, greeting="Hello"):
    return greeting + ", " + name
def nothing():
    pass
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(add(2, 3), add("a", "b"))
print(greet("Ann"), greet("Bob", "Hi"), greet(greeting="Hey", name="Cy"))
print(nothing(), fact(5), fact(20))
square = lambda v: v * v
print(square(9), list(map(square, [1, 2, 3])))
def many(*args, **kwargs):
    return args, kwargs
print(many(1, 2, k=3))
