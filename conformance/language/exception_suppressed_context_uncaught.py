# raise ... from None hides the context; a multi-level traceback with carets.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

def middle(table):
    return lookup(table, "b") + lookup(table, "c")

def top():
    table = {"a": 1, "b": 2}
    return middle(table)

top()
