# An error inside an except handler, inside a finally: three chained exceptions.
def cleanup():
    raise RuntimeError("cleanup failed")

def process(items):
    try:
        return items[10]
    except IndexError:
        try:
            return items["key"]
        finally:
            cleanup()

print(process(list(range(20))))
process([1, 2])
