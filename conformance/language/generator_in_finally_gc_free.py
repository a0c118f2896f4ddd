# Generators closed explicitly run their finally clauses in order; nested generators close inner first.
log = []
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        log.append("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        log.append("outer closed")
g = outer()
print(next(g))
g.close()
print(log)
log.clear()
def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        log.append(f"counter closed at {n}")
c = counter()
print([next(c) for _ in range(3)])
c.close()
c.close()
print(log, list(c))
