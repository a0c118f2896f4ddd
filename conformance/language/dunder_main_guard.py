# __name__ of the main script and the usual guard.
def main():
    print("main() called, __name__ =", __name__)
    return 0
print(__name__, __name__ == "__main__")
if __name__ == "__main__":
    status = main()
    print("status", status)
import sys
print(globals()["__name__"], "main" in globals())
