# inspect.signature of builtins through __text_signature__: functions, method descriptors,
# bound builtin methods, class methods, slot wrappers and method wrappers.
import inspect
objects = [len, abs, divmod, isinstance, sorted, print, str.split, 'a'.split, str.join, list.append, [].append,
           dict.get, dict.fromkeys, int.from_bytes, int.bit_length, str.__add__, 'a'.__add__, object.__init__,
           object.__eq__, str.__len__, str.__getitem__, object.__setattr__, int.__pow__, object.__hash__,
           type.__call__, object.__new__, int.__new__]
for obj in objects:
    print(repr(obj.__text_signature__), inspect.signature(obj))
print(inspect.signature(str.split).parameters['self'].kind, list(inspect.signature('x'.split).parameters))
print(list(inspect.signature(object.__init__).bind(object(), 1, k=2).arguments.items())[1:])
try:
    inspect.signature(str.split).bind()
except TypeError as e:
    print('TypeError', e)
class Sub(int):
    pass
print(inspect.signature(Sub.bit_length), inspect.signature(Sub(3).__add__))
