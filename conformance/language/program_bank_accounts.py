# A small realistic program: accounts with exceptions, class hierarchy, properties, decimal money and a ledger.
from decimal import Decimal, ROUND_HALF_EVEN
import itertools

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount

class Account:
    _ids = itertools.count(1)
    def __init__(self, owner, balance="0"):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = Decimal(balance)
        self.ledger = []
    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.ledger.append(("deposit", amount))
    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.ledger.append(("withdraw", amount))
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"

class Savings(Account):
    rate = Decimal("0.025")
    def add_interest(self):
        interest = self._balance * self.rate
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except ValueError:
        src.deposit(amount)
        raise

a = Account("ann", "100.00")
s = Savings("sam", "1000")
transfer(a, s, "25.50")
print(a, s)
print(s.add_interest(), s)
for args in [(a, s, "500"), (a, s, "-1")]:
    try:
        transfer(*args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount)
    except ValueError as e:
        print("ValueError:", e, a.balance)
print(a.ledger, [kind for kind, _ in s.ledger])
accounts = sorted([a, s, Account("zoe", "0.005"), Account("bob", "0.015")], key=lambda acc: (acc.balance, acc.owner))
print(accounts, sum(acc.balance for acc in accounts))
