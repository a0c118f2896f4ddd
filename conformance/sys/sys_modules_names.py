import sys
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__, list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(type(sys.stdlib_module_names).__name__)
print(all(n in sys.stdlib_module_names for n in ("os", "sys", "json", "collections", "asyncio", "typing")))
print("sanca" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)
print(sys.modules["sys"] is sys, sys.modules["builtins"].__name__)
print(type(sys.modules).__name__, type(sys.path).__name__, type(sys.meta_path).__name__)
