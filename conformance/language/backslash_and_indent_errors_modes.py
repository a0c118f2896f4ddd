# A backslash at the very end of eval/single input is an unexpected character; errors the tokenizer
# signals through its state (tabs, unindent, too deep, continuation) keep the line's newline.
def show(src, mode):
    try:
        compile(src, "<s>", mode)
        print(repr(src[-30:]), mode, "ok")
    except SyntaxError as e:
        print(repr(src[-30:]), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text[-40:]), e.end_lineno, e.end_offset)

deep = "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "pass\n"
for src in ["\\", "(1 \\", "1 + \\", "x\\ ", "x = [\\", "a\n\\", "'''a\\", "f'{1\\", "x\\y", "(x\\y", "1 +\\\n",
            "if 1:\n\tx\n        y\n", "if 1:\n\tx\n        y", "if 1:\n        x\n\ty", "if 1:\n        x\n\ty\n",
            "def f():\n  pass\n x = 1", "def f():\n  pass\n x = 1\n", deep, deep[:-1]]:
    for mode in ("exec", "eval", "single"):
        show(src, mode)
