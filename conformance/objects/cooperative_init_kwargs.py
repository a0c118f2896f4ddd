# Cooperative multiple inheritance with **kwargs passed along the MRO.
class Shape:
    def __init__(self, **kwargs):
        print("Shape.__init__ leftover", kwargs)
        super().__init__(**kwargs)
class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        self.color = color
        print("Colored.__init__", color)
        super().__init__(**kwargs)
class Named(Shape):
    def __init__(self, name="anon", **kwargs):
        self.name = name
        print("Named.__init__", name)
        super().__init__(**kwargs)
class Widget(Colored, Named):
    def __init__(self, size, **kwargs):
        self.size = size
        print("Widget.__init__", size)
        super().__init__(**kwargs)
w = Widget(3, color="red", name="w1")
print(w.size, w.color, w.name, [c.__name__ for c in Widget.__mro__])
try:
    Widget(1, color="blue", extra=True)
except TypeError as e:
    print(type(e).__name__, e)
class Logger:
    def log(self, msg):
        return [f"Logger: {msg}"]
class Timestamp(Logger):
    def log(self, msg):
        return ["[t]"] + super().log(msg)
class Prefix(Logger):
    def log(self, msg):
        return ["[p]"] + super().log(msg)
class Both(Timestamp, Prefix):
    def log(self, msg):
        return ["[both]"] + super().log(msg)
print(Both().log("hi"))
class A:
    def __init__(self):
        print("A init")
class B:
    def __init__(self):
        print("B init (never reached: A does not call super)")
class AB(A, B):
    pass
AB()
