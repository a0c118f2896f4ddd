# Statements that are invalid at module level inside exec/eval strings.
for src, mode in [("return 5", "exec"), ("yield 1", "exec"), ("x = 1", "eval"), ("break", "exec"),
                  ("await x", "exec"), ("def f(): pass", "eval"), ("1 +", "exec"), ("(", "exec")]:
    try:
        compile(src, "<e>", mode)
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
