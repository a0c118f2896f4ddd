# Uncaught AttributeError in a chained attribute access inside a method.
class Engine:
    def __init__(self):
        self.power = 100

class Car:
    def __init__(self):
        self.engine = Engine()
    def describe(self):
        return f"{self.engine.power} hp, {self.engine.torque} Nm"

car = Car()
print(car.engine.power)
print(car.describe())
