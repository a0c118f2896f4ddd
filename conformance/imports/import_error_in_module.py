import sys
try:
    import errpkg.raises
except ValueError as e:
    print("caught", e)
print("errpkg.raises" in sys.modules)
print(hasattr(sys.modules["errpkg"], "raises"))
try:
    import errpkg.raises
except ValueError as e:
    print("runs again:", e)
