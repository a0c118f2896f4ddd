# Basics: class attributes, instance attributes, a property with a setter, a classmethod and a staticmethod.
class Temperature:
    unit = "C"
    count = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.count += 1
    @property
    def fahrenheit(self):
        return self.degrees * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.degrees = (f - 32) * 5 / 9
    @classmethod
    def freezing(cls):
        return cls(0)
    @staticmethod
    def describe():
        return "a temperature"
t = Temperature(100)
print(t.degrees, t.fahrenheit, t.unit, Temperature.unit)
t.fahrenheit = 32
print(t.degrees, Temperature.freezing().degrees, Temperature.describe(), Temperature.count)
t.unit = "K"
print(t.unit, Temperature.unit, sorted(vars(t)))
