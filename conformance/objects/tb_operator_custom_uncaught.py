# Uncaught TypeError from an operator between user classes that return NotImplemented.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return f"Meters({self.v})"
class Feet:
    def __init__(self, v):
        self.v = v
total = Meters(1) + Meters(2)
print(total)
distances = [Meters(1), Feet(3)]
print(sum(distances, Meters(0)))
