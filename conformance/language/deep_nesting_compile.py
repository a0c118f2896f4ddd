# Deeply nested expressions compile; absurd nesting raises RecursionError or SyntaxError.
expr = "(" * 50 + "1" + ")" * 50
print(eval(expr))
nested_list = "[" * 30 + "]" * 30
print(len(eval(nested_list)))
chain = "+".join(["1"] * 1000)
print(eval(chain))
try:
    compile("(" * 300 + ")" * 300, "<n>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
