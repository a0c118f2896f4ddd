# Shadowing builtins at module, function and class level; the builtins module.
import builtins
print(len("abc"))
def len(x):
    return "module-level len"
print(len("abc"), builtins.len("abc"))
del len
print(len("abc"))
def local_shadow():
    list = tuple
    return list([1, 2])
print(local_shadow(), list((1, 2)))
class K:
    str = "class attribute named str"
    def method(self):
        return str(5)
print(K().method(), K.str)
builtins.custom_global = "added to builtins"
print(custom_global)
del builtins.custom_global
try:
    custom_global
except NameError as e:
    print(type(e).__name__, e)
original_print = builtins.print
def shouting_print(*args, **kw):
    original_print(*[str(a).upper() for a in args], **kw)
builtins.print = shouting_print
print("quiet words")
builtins.print = original_print
print("restored")
print(type(builtins).__name__, builtins.__name__, "abs" in dir(builtins), builtins.True_ if hasattr(builtins, "True_") else True)
try:
    exec("True = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
None_ = None
print(None_ is None, __builtins__ is builtins or isinstance(__builtins__, dict))
