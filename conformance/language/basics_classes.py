# Basics: a class with __init__, methods, attributes, inheritance, __str__ and __repr__.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " says " + self.speak()
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"
    def __str__(self):
        return "Cat(" + self.name + ")"
    def __repr__(self):
        return "<Cat " + self.name + ">"
pets = [Dog("rex"), Cat("tom"), Animal("generic")]
for p in pets:
    print(p.describe())
print(str(pets[1]), [pets[1]], isinstance(pets[0], Animal), type(pets[0]).__name__)
pets[0].name = "max"
print(pets[0].name, hasattr(pets[0], "speak"))
