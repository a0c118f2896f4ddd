# builtin functions are builtin_function_or_method: names, qualnames, __self__ and __module__.
import builtins
for name in ["len", "abs", "print", "sorted", "max", "iter", "next", "getattr", "isinstance", "sum", "divmod", "repr"]:
    f = getattr(builtins, name)
    print(name, type(f).__name__, f.__name__, f.__qualname__, f.__module__, f.__self__ is builtins)
print(type([].append).__name__, [].append.__qualname__, type(list.append).__name__, list.append.__qualname__)
print(type(dict.fromkeys).__name__, repr(len))
