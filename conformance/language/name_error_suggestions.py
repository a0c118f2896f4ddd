# NameError "Did you mean" suggestions printed for uncaught errors.
def compute():
    values = [1, 2, 3]
    return sum(valeus)
try:
    compute()
except NameError as e:
    print(e)
counter = 1
try:
    countr
except NameError as e:
    print(e, e.name)
print("now uncaught")
def outer():
    maximum_value = 3
    return maximum_valeu
outer()
