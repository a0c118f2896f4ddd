# Uncaught TypeError for unsupported operand types with carets.
def label(count):
    return "items: " + count
print(label("3"))
print(label(3))
