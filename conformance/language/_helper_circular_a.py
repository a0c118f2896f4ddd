# Helper module for import_circular.py: imports _helper_circular_b while partially initialized.
import _helper_circular_b
value_a = "a"
def get_b():
    return _helper_circular_b.value_b
