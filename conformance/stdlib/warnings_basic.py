import warnings, sys
print(warnings.filters)
print(warnings.__all__)
def f():
    warnings.warn("careful")
f()
warnings.warn("dep in main", DeprecationWarning)
warnings.warn(UserWarning("instance"))
def g():
    warnings.warn("lvl2", stacklevel=2)
g()
for i in range(3):
    warnings.warn("loop")
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
print(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", SyntaxWarning)
print([str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno, log[0].filename.endswith('w.py'))
print(str(log[0]))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("ignore", message=5),
            lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  "))
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip this")
warnings.warn("SKIP too")
warnings.warn("show this")
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = custom
warnings.warn("via custom")
