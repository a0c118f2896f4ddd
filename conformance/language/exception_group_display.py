# How an uncaught exception group with notes and nesting is displayed.
def f():
    raise ValueError("bad value")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note on the value error")
        raise
errors = []
for func in (g, lambda: 1 / 0):
    try:
        func()
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("two problems", errors + [ExceptionGroup("nested", [KeyError("k")])])
eg.add_note("group note")
raise eg
