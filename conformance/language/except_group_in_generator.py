# except* inside generators and functions, with return values and re-raise of unhandled parts.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError as e:
        yield f"handled {e.exceptions}"
def run():
    g = gen()
    out = [next(g), next(g)]
    try:
        next(g)
    except ExceptionGroup as e:
        out.append(repr(e))
    return out
print(run())
def returns_in_handler():
    try:
        raise ExceptionGroup("x", [TypeError()])
    except* TypeError:
        pass
    return "after except*"
print(returns_in_handler())
for src in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        continue"]:
    try:
        compile(src, "<e>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
