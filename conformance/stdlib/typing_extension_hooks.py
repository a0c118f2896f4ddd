# Private typing names that libraries extending typing (typing_extensions) rely on.
import typing
class X(typing._GenericAlias, _root=True):
    pass
print(X(list, (int,)), typing._type_convert(None), typing._type_convert('a'))
@typing._tp_cache
def f(a):
    return [a]
print(f(1) is f(1), typing._get_protocol_attrs(typing.SupportsInt))
try:
    class Y(typing._GenericAlias): pass
except TypeError as e: print(e)
