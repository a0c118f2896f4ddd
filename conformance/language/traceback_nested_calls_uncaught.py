# A traceback through several frames, methods and a lambda.
class Calc:
    def __init__(self, values):
        self.values = values
    def average(self):
        return self.total() / len(self.values)
    def total(self):
        return sum(map(lambda v: v.amount, self.values))
class Item:
    def __init__(self, amount):
        self.amount = amount
print(Calc([Item(2), Item(4)]).average())
Calc([Item(1), 3]).average()
