# Uncaught exception raised from a classmethod and a property in a traceback.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def kelvin(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")
        return self.celsius + 273.15

    @classmethod
    def parse(cls, text):
        return cls(float(text.rstrip("C")))

print(Temperature.parse("25C").kelvin)
print(Temperature.parse("-300C").kelvin)
