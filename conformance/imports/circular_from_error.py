import _circ_a
print(_circ_a.VALUE_A)
import _circ_b
print(_circ_b.VALUE_B)
