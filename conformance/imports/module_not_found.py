try:
    import no_such_module_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
    print(isinstance(e, ImportError))
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import pkg.mod_a.not_a_package
except ModuleNotFoundError as e:
    print(e, "|", e.name)
