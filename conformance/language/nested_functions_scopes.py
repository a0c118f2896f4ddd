# Nested function scopes: LEGB lookup order, shadowing, builtins override.
len = lambda x: "module len"
def f():
    return len([1])
print(f())
del len
print(f())
x = "global"
def a():
    x = "a"
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def shadow_param(x):
    def inner():
        return x
    x = "rebound"
    return inner()
print(shadow_param("param"))
def class_in_func():
    y = "func"
    class K:
        y = "class"
        z = y
        def m(self):
            return y
    return K.z, K().m()
print(class_in_func())
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(6))
