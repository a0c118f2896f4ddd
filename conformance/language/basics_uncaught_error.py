# Basics: an uncaught error at module level prints a traceback to stderr and exits with status 1.
print("before the error")
values = [1, 2, 3]
print(values[3])
print("never printed")
