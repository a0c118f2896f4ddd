# __class_getitem__, __mro_entries__ and generic aliases as bases.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class D(Proxy()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D().get("x", "default"))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([1, 2]))
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int]([1]))
try:
    int[str]
except TypeError as e:
    print(e)
