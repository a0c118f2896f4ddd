# Virtual subclasses: register(), the cache token, and the registry/cache helpers.
import abc
from abc import ABC, ABCMeta, get_cache_token


def attempt(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Animal(ABC):
    pass


class Pet(Animal):
    pass


@Animal.register
class Robot:
    pass


class Toaster:
    pass


t0 = get_cache_token()
print(issubclass(Robot, Animal), isinstance(Robot(), Animal), issubclass(Robot, Pet), Robot.__mro__)
print(issubclass(Toaster, Animal), issubclass(Pet, Animal), issubclass(Animal, Pet))
Pet.register(Toaster)
print(get_cache_token() > t0, issubclass(Toaster, Animal), issubclass(Toaster, Pet), isinstance(Toaster(), Animal))
print(Pet.register(Toaster) is Toaster, Pet.register(Pet) is Pet)
t1 = get_cache_token()
Pet.register(Toaster)
print(get_cache_token() == t1)
attempt('register(3)', lambda: Animal.register(3))
attempt('cycle', lambda: Pet.register(Animal))
attempt('cycle via registered', lambda: Robot.register if False else Animal.register(Animal))
Animal.register(int)
print(issubclass(bool, Animal), isinstance(True, Animal), issubclass(int, Pet))


class Sub(int):
    pass


print(issubclass(Sub, Animal), isinstance(Sub(1), Animal))
Animal._abc_registry_clear()
Animal._abc_caches_clear()
print(issubclass(Robot, Animal), issubclass(int, Animal), issubclass(Toaster, Animal))


class Meta(ABCMeta):
    pass


class Custom(metaclass=Meta):
    pass


Custom.register(str)
print(issubclass(str, Custom), type(Custom).__name__, isinstance('x', Custom), type(get_cache_token()).__name__)


class Tricky:
    __class__ = Robot


Animal.register(Robot)
print(isinstance(Tricky(), Animal), isinstance(Tricky(), Robot))
attempt('issubclass(1, Animal)', lambda: issubclass(1, Animal))
attempt('issubclass(list[int], Animal)', lambda: issubclass(list[int], Animal))
print(abc.ABCMeta.register.__doc__ is not None, abc.ABC.__slots__, abc.ABC.__abstractmethods__)
