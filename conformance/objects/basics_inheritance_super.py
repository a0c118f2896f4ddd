# Basics: inheritance with super().__init__, method overriding, isinstance/issubclass and the MRO.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name} with area {self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), issubclass(Shape, Square))
print([c.__name__ for c in Square.__mro__])
print(sum(s.area() for s in shapes), max(shapes, key=lambda s: s.area()).name)
