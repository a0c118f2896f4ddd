# match errors at run time and compile time.
class NoArgs:
    pass
class TooMany:
    __match_args__ = ("a",)
    a = 1
for src, subject in [("case NoArgs(1): pass", NoArgs()), ("case TooMany(1, 2): pass", TooMany()),
                     ("case len(): pass", 1), ("case TooMany(a=1, a=2): pass", TooMany())]:
    try:
        exec("match s:\n    " + src, {"s": subject, "NoArgs": NoArgs, "TooMany": TooMany, "len": len})
        print("no error")
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
class BadArgs:
    __match_args__ = "x"
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print(e)
for src in ["match x:\n case a:\n  pass\n case 1:\n  pass",
            "match x:\n case [a, a]:\n  pass",
            "match x:\n case a | b:\n  pass",
            "match x:\n case {**r, 'k': 1}:\n  pass",
            "match x:\n case {'k': 1, 'k': 2}:\n  pass",
            "match x:\n case 1 + 1:\n  pass",
            "match x:\n case *a:\n  pass",
            "match x:\n case [*a, *b]:\n  pass",
            "match x:\n case _ as _:\n  pass",
            "match x:\n case f'x':\n  pass"]:
    try:
        compile(src, "<m>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, 2]:
    case [1, 2, *more]:
        print("more", more)
