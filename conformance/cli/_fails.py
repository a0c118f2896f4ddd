def f(x):
    return x[3]

print("start")
f([1])
