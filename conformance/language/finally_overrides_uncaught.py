# An exception raised in finally replaces the one in flight; the first becomes its context.
def job():
    try:
        raise ValueError("first problem")
    finally:
        raise TypeError("problem in finally")
job()
