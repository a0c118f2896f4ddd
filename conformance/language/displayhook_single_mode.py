# Single-mode compile prints expression values through sys.displayhook and sets builtins._.
import sys, builtins
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
print(builtins._)
shown = []
sys.displayhook = lambda v: shown.append(v)
exec(compile("[1, 2]", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(shown)
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if True:\n    'in block'\n", "<s>", "single"))
