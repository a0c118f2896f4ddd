# A tour of small builtin functions not covered elsewhere: hash-free identity helpers, vars/dir, callable, id-free checks.
print(abs(-7), all([]), any([]), ascii("ü"), bin(10), bool(), callable(len), chr(97), divmod(9, 4), hex(255), oct(8), ord("a"))
print(type(globals()).__name__, type(locals()).__name__, type(vars()).__name__, "__name__" in dir(), isinstance(dir(), list))
print(sorted(["b", "A", "c"]), list(reversed("ab")), round(3.14159, 3), pow(2, 8), sum([1, 2]), max("ab"), min([4, 2]))
print(type(iter([])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(type(range(1)).__name__, type(slice(1)).__name__, type(memoryview(b"")).__name__, type(property()).__name__, type(classmethod(len)).__name__, type(staticmethod(len)).__name__, type(super()).__name__ if False else "super")
print(issubclass(type(print), object), type(print).__name__, type(len).__name__, type(abs).__name__, print.__self__.__name__)
import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
print(len(names) > 140, [n for n in ["abs", "aiter", "anext", "breakpoint", "print", "input", "exec", "eval", "compile", "open", "help", "exit", "quit", "copyright", "credits", "license"] if n not in names])
print(hasattr(builtins, "__build_class__"), hasattr(builtins, "__import__"), builtins.__name__)
