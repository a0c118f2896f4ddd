# match statement compile-time errors.
cases = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case Point(x=1, 2):\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case f():\n        pass\n" ,
    "match x:\n    case a.b():\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case -1j:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
]
for src in cases:
    try:
        compile(src, "<match>", "exec")
        print("OK")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")
match = 5
case = [match]
print(match, case)
def match(case): return case
print(match("soft keyword"))
