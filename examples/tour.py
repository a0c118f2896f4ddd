"""A short tour of everyday Python: run it with ./sanca examples/tour.py"""


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


class Account:
    """A bank account that refuses to go below zero."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}: only {self.balance} left")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print(greet("world"))
    squares = [n * n for n in range(10) if n % 2 == 0]
    print("even squares:", squares, "sum:", sum(squares))

    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    print("most common:", max(counts.items(), key=lambda item: item[1]))
    print("by length:", sorted(set(words), key=lambda w: (len(w), w)))

    account = Account("Ada", 100)
    for amount in (30, 50, 40):
        try:
            print("withdrew", amount, "->", account.withdraw(amount))
        except ValueError as error:
            print("error:", error)
    print(account)

    fib = fibonacci()
    print("fibonacci:", [next(fib) for _ in range(12)])
    print("2 ** 100 =", 2 ** 100)
    print("pi is about", round(sum(4 * (-1) ** k / (2 * k + 1) for k in range(10000)), 3))
    first, *rest = "sanca"
    print(first.upper() + "".join(rest), {c: ord(c) for c in "abc"})


if __name__ == "__main__":
    main()
