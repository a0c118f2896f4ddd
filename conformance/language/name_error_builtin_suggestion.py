# An uncaught NameError suggesting a builtin name.
data = [3, 1, 2]
print(sorted(data))
print(lenn(data))
