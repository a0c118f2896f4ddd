"""Object-oriented code: classes, inheritance, super(), properties and many small method calls."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return len(self.name) + int(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self


def run(rounds):
    counter = Counter()
    for i in range(rounds):
        shapes = (Rect(i % 7 + 1, i % 5 + 1), Square(i % 9 + 1), Circle(i % 4 + 1))
        for shape in shapes:
            counter.add(shape.describe())
        counter.add(shapes[0].perimeter).add(shapes[1].perimeter)
    return counter.count


print("checksum:", run(900000))
