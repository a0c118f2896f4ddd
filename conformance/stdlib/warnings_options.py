import warnings, sys, io
for opt in ["error::DeprecationWarning", "ignore:msg:UserWarning:mod:3", "bogus", "default:::: -2",
            "default::::x", "a:b:c:d:e:f", "once::foo.Bar", "once::NoSuch", "once::int", "always:::mod"]:
    try:
        warnings._setoption(opt)
        print(opt, "->", warnings.filters[0][:1], warnings.filters[0][2].__name__, warnings.filters[0][4],
              warnings.filters[0][1] and warnings.filters[0][1].pattern, warnings.filters[0][3] and warnings.filters[0][3].pattern)
    except warnings._OptionError as e:
        print(opt, "OptionError", e)
saved = sys.stderr
sys.stderr = io.StringIO()
warnings._processoptions(["bogus", "ignore"])
out = sys.stderr.getvalue()
sys.stderr = saved
print(repr(out))
warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("error", UserWarning, append=True)
warnings.simplefilter("ignore", UserWarning)
warnings.filterwarnings("always", "x", append=True)
warnings.filterwarnings("always", "x", append=True)
print([(f[0], f[2].__name__) for f in warnings.filters])
m = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(m), warnings.WarningMessage("m", None, "f", 1)._category_name)
try:
    warnings._deprecated("thing", remove=(3, 11))
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings._deprecated("thing", remove=(3, 14))
    warnings._deprecated("other", "custom {name} until {remove}", remove=(3, 15))
print([str(x.message) for x in w])
print(sorted(warnings.__all__))
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 1), end="")
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 1, "  the line  "), end="")
for bad in [dict(action="nope"), dict(action="error", message=1), dict(action="error", category=int),
            dict(action="error", category=1), dict(action="error", module=2), dict(action="error", lineno=-1)]:
    try:
        warnings.filterwarnings(**bad)
    except AssertionError as e:
        print("AssertionError", e)
