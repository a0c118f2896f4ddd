# Physical vs logical lines: backslash continuation, brackets, semicolons, one-line compound statements.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
a = 1; b = 2; c = a + b; print(c)
if c: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def short(): return "one-line def"
class Tiny: x = 1; y = 2
print(short(), Tiny.x + Tiny.y)
text = ("implicitly "
        "joined "
        'strings')
print(text)
result = {
    "k": (1,
          2),
}["k"]
print(result)
if (True and
        not False):
    print("multi-line condition")
x = 10 if \
    True else 20
print(x)
print("semicolon at end");
s = """triple
quoted \
continued"""
print(s)
	# a comment indented with a tab is fine
print("done")
