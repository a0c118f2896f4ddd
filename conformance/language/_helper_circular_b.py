# Helper module for import_circular.py.
import _helper_circular_a
value_b = "b"
try:
    from _helper_circular_a import value_a
except ImportError as e:
    print("ImportError:", e)
