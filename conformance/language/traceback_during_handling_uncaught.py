# "During handling of the above exception, another exception occurred" with a finally.
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        return {}["key"]
    finally:
        cleanup()
work()
