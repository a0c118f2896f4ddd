# Uncaught exception raised inside a generator consumed by a for loop.
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"bad number {i}")
        yield i
for n in numbers(5):
    print(n)
