import circpkg.a
import circpkg.b
print(circpkg.a.A, circpkg.b.B)
import _circ_a
print(_circ_a.VALUE_A)
