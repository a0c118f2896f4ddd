# Comprehension variables do not leak; for-loop variables do; nested scoping of the first iterable.
for loop_var in range(3):
    pass
print(loop_var)
[comp_var for comp_var in range(3)]
print("comp_var" in dir())
x = [1, 2]
y = [x for x in x if x > 1]
print(y, x)
def f():
    n = 3
    return [[n * i for i in range(j)] for j in range(n)]
print(f())
try:
    [z for z in range(2) for q in range(z)] and q
except NameError as e:
    print(e)
print(list(i for i in range(2)), {i for i in [loop_var]})
