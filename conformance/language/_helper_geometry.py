# Helper module imported by import_local_module.py and tb_in_imported_module.py (not a case).
__all__ = ["area", "PI"]
PI = 3.14159
loaded_count = 0
loaded_count += 1

def area(r):
    return PI * r * r

def _private():
    return "private"

def divide(a, b):
    return a / b

print("_helper_geometry imported as", __name__)
