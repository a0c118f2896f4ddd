# Uncaught TypeError from calling a method with a missing argument.
class Greeter:
    def greet(self, name, punctuation):
        return f"Hi {name}{punctuation}"
g = Greeter()
print(g.greet("a", "!"))
g.greet("b")
