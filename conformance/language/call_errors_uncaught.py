# An uncaught TypeError from a bad call prints the call site with carets.
def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("ann"))
print(greet("bob", punct="?"))
result = greet(
    "carl",
    "hi",
    "extra",
)
