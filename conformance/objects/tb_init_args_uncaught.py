# Uncaught TypeError for a wrong constructor call of a dataclass and an __init__ error chain.
from dataclasses import dataclass
@dataclass
class Point:
    x: float
    y: float
def parse(text):
    try:
        return Point(*map(float, text.split(",")))
    except ValueError as e:
        raise TypeError(f"cannot parse {text!r}") from e
print(parse("1,2"))
print(parse("1,2,3"))
