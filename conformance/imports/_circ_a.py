import _circ_b
VALUE_A = "a"
