# Class creation, instance/class attributes, methods, bound methods.
class Dog:
    """A dog."""
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"

d = Dog("rex")
print(d.speak(), d.speak("grr"), Dog.speak(d, "yip"))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__)
print(d.species, Dog.species, d.__dict__, type(d) is Dog, d.__class__.__name__)
d.species = "own"
print(d.species, Dog.species)
del d.species
print(d.species)
Dog.legs = 4
print(d.legs)
m = d.speak
print(type(m).__name__, m.__self__ is d, m.__func__ is Dog.speak, m())
print(m == d.speak, m is d.speak)
print(Dog.__bases__, Dog.__mro__)
print(sorted(k for k in Dog.__dict__ if not k.startswith('__')))
print(type(Dog.__dict__).__name__)
class Empty:
    pass
e = Empty()
print(type(Empty).__name__, Empty.__bases__, e.__dict__)
e.anything = 1
print(vars(e))
print(isinstance(d, Dog), isinstance(d, object), issubclass(Dog, object))
try:
    Dog.__dict__['x'] = 1
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.nonexistent
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Dog.nonexistent
except AttributeError as err:
    print(type(err).__name__, err)
print(Dog("a").speak.__name__, Dog.speak.__qualname__)
