# AttributeError messages and the uncaught display with a suggestion.
class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2
p = Point()
try:
    p.z
except AttributeError as e:
    print(e, e.name, e.obj is p)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    None.append(1)
except AttributeError as e:
    print(e)
try:
    Point.nope
except AttributeError as e:
    print(e)
print(p.x_coord + p.y_coord)
print(p.x_cord)
