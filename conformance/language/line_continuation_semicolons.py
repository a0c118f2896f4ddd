# Line structure: backslash continuations, semicolons, implicit joining, comments.
x = 1 + \
    2
y = (1 +
     2  # comment inside parens
     )
a = 1; b = 2; c = a + b
print(x, y, c)
if True: print("one-line if"); print("second statement")
for i in range(2): print("loop", i)
while False: pass
items = [
    1,
    2,
]
print(items)
def f(): return "inline def"
print(f())
s = "implicit" \
    " concatenation"
print(s)
class K: attr = 1; other = 2
print(K.attr, K.other)
