import os
import traceback
import warnings


def inner(level):
    warnings.warn("from inner", stacklevel=level)


def outer(level):
    inner(level)


with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 50):
        outer(level)
    for w in got:
        print(w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        outer(1)
    except UserWarning as e:
        print("raised", repr(e))
        print([f.name for f in traceback.extract_tb(e.__traceback__)])

for action in ("once", "module", "default", "always", "ignore"):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn("repeat")
            warnings.warn("repeat")
        warnings.warn("other")
        print(action, [str(w.message) for w in got])

with warnings.catch_warnings(record=True) as got:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.simplefilter("always", DeprecationWarning, append=True)
    warnings.warn("skip me")
    warnings.warn("keep me", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    print([(w.category.__name__, str(w.message)) for w in got])

with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    reg = {}
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 7, registry=reg)
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 7, module="m", registry=reg)
    print([(w.filename, w.lineno, w.category.__name__) for w in got])
    print(sorted(k for k in reg if k != "version"))

for bad in (lambda: warnings.warn("x", int), lambda: warnings.warn("x", "str"),
            lambda: warnings.warn("x", skip_file_prefixes=["a"]),
            lambda: warnings.warn_explicit("x", UserWarning, "f", "nine")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

with warnings.catch_warnings():
    warnings.filters[:] = [("bogus", None, Warning, None, 0)]
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", e)
