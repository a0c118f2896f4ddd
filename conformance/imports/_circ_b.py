from _circ_a import VALUE_A
VALUE_B = "b"
