"""Packing Python values into C structs held in bytes, and back: the `struct` module.

The work is done by the _struct module (Java); see its functions for the format language."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]

from _struct import *
from _struct import _clearcache, __doc__
