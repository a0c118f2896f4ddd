# Circular imports: partially initialized modules.
import _helper_circular_a
print(_helper_circular_a.value_a, _helper_circular_a.get_b())
import _helper_circular_b
print(_helper_circular_b.value_b, hasattr(_helper_circular_b, "value_a"))
