import sys, builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("1 + 1\n'text'\n", "<x>", "single"))
print(seen)
print(sys.__displayhook__ is not sys.displayhook)
