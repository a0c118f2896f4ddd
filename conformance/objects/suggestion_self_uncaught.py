# NameError inside a method whose self has the attribute suggests "self.name".
class Counter:
    def __init__(self):
        self.total = 0
    def add(self, n):
        return total + n
Counter().add(1)
