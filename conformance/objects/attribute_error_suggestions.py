# AttributeError/NameError messages; suggestions are added only when the traceback is printed.
class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "ann"
    def deposit(self, n):
        self.balance += n

acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print(type(e).__name__, e, "| name:", e.name, "| obj is acct:", e.obj is acct)
try:
    Account.depositt
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "text".uper()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    balanse
except NameError as e:
    print(type(e).__name__, e, "| name:", e.name)
import math
try:
    math.sqroot
except AttributeError as e:
    print(type(e).__name__, e)
acct.deposit(5)
acct.depositt(10)
