# An uncaught exception raised inside an imported module's function.
import _helper_geometry
print(_helper_geometry.divide(1, 2))
def compute(values):
    return [_helper_geometry.divide(1, v) for v in values]
compute([1, 0])
