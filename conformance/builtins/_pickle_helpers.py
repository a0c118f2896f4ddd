# Classes for pickle_roundtrip.py, in a module of their own so that pickle can find them by name (not a case).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 2,))

class State:
    def __getstate__(self):
        return {"saved": True}
    def __setstate__(self, st):
        self.__dict__.update(st, restored=True)
