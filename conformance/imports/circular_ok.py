import _circ_b
print(_circ_b.VALUE_B)
import _circ_a
print(_circ_a.VALUE_A, _circ_a._circ_b is _circ_b)
