# Basics: try/except/finally, raising, catching specific exceptions and printing them.
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "cannot divide by zero"
    finally:
        print("divide called with", a, b)
print(divide(6, 3))
print(divide(1, 0))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    raise KeyError("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    raise RuntimeError("custom message")
except Exception as e:
    print(type(e).__name__, e)
