# "is" with a literal warns at compile time; the comparison still runs.
x = 300
y = 300
print(x is 300)
print("a" is not "b")
t = (1, 2)
print(t is ())
def check(v):
    return v is 1
print(check(1))
exec("z = 5 is 5")
print("done")
