# Carets for a failing call in a method chain.
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "".join(self.parts)
print(Builder().add("a").add("b").build())
print(Builder().add("a").add(2).build())
