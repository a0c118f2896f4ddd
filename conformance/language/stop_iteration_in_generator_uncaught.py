# Uncaught RuntimeError from StopIteration leaking out of a generator (PEP 479).
def firsts(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(firsts(["ab", "cd"])))
print(list(firsts(["ab", ""])))
