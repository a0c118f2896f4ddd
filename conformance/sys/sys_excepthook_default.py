import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("continues")
sys.__excepthook__(ValueError, ValueError("direct"), None)
