print("circpkg.a starts")
from circpkg import b
A = "A"
print("circpkg.a ends, b.B =", b.B)
