# CPython omits carets when the failing expression spans the whole line.
def fail():
    return undefined_function_name()
values = [1, 2]
fail()
