# Uncaught exception raised inside a with block whose __exit__ does not suppress.
class Manager:
    def __enter__(self):
        print("entering")
        return self
    def __exit__(self, *exc):
        print("exiting with", exc[0].__name__)
        return False
with Manager():
    values = {"a": 1}
    print(values["b"])
