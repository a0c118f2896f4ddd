# f_lineno follows execution; f_back chains through generators and comprehensions.
import sys
def here():
    return sys._getframe(1).f_lineno
print(here())
x = [here() for _ in range(2)]
print(x)
def multi():
    a = here()
    b = (
        here()
    )
    return a, b
print(multi())
def gen():
    yield sys._getframe().f_back.f_code.co_name
def consumer():
    return next(gen())
print(consumer())
print([sys._getframe().f_code.co_name for _ in range(1)])
print((lambda: sys._getframe().f_code.co_name)())
class K:
    name = sys._getframe().f_code.co_name
print(K.name)
