# conformance: native
import sys
def hook(t, v, tb):
    print("hook got", t.__name__, v, type(tb).__name__, file=sys.stderr)
print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
print("about to raise")
raise RuntimeError("handled by hook")
