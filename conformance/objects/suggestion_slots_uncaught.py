# Suggestions come from dir(obj), which includes slot names.
class Point:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
print(p.x)
print(p.yy)
