# An exception thrown into a generator that does not handle it, with a finally clause.
def worker():
    try:
        while True:
            job = yield
            print("job", job)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send("a")
w.throw(RuntimeError("shutdown requested"))
