# Uncaught NameError gets a "Did you mean" suggestion in the traceback.
def compute(values):
    total = 0
    for value in values:
        total += value
    return totl

print(compute([]) if False else "start")
compute([1, 2])
