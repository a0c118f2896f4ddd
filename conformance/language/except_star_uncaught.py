# An uncaught ExceptionGroup prints its nested tree.
def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("tasks failed", errors)
except* TypeError as g:
    print("handled", len(g.exceptions), "TypeErrors")
