# f-string syntax errors reported by compile().
for src in ['f"{}"', 'f"{x!}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{x=!r:>{5}}"', 'f"{lambda x: 1}"',
            'f"{yield}"', 'f"{*x}"', "f'{a b}'", 'f"{x!r=}"']:
    try:
        compile(src, "<f>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
