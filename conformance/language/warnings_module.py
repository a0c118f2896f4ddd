# warnings: warn() output on stderr, filters, catch_warnings, stacklevel.
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

def risky():
    warnings.warn("something looks off")

risky()
risky()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky()
    old_api()
    warnings.warn("custom", RuntimeWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
old_api()
warnings.simplefilter("error", UserWarning)
try:
    risky()
except UserWarning as e:
    print("raised as exception:", type(e).__name__, e)
warnings.simplefilter("ignore")
risky()
warnings.resetwarnings()
warnings.simplefilter("default")
warnings.warn("shown once per location", UserWarning)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__mro__[1].__name__)
warnings.warn(FutureWarning("instance passed"))
print("done")
