import sys as _sys
public_name = "p"
_private_name = "q"
__dunder = "d"
def func():
    return "f"
