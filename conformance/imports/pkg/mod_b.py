from . import mod_a
from .mod_a import where
B_VALUE = mod_a.A_VALUE + "b"
