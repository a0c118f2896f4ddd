# Uncaught exception raised inside a property getter called from a method, with a "Did you mean" hint.
class Order:
    def __init__(self, items):
        self.items = items
        self.discount = 0.1
    @property
    def subtotal(self):
        return sum(price * qty for price, qty in self.items)
    @property
    def total(self):
        return self.subtotal * (1 - self.discont)
    def summary(self):
        return f"{len(self.items)} items, total {self.total:.2f}"
o = Order([(2.0, 3), (1.5, 2)])
print(o.subtotal)
print(o.summary())
