"""Decimal fixed-point and floating-point arithmetic (the General Decimal Arithmetic).

The arithmetic, the contexts and the signals live in the native module _decimal; this
module re-exports them and adds the pieces that are plainer in Python: the DecimalTuple
named tuple and the context manager localcontext() returns.
"""

from _decimal import *
from _decimal import __version__, __libmpdec_version__
from _decimal import _local_copy, _set_tuple_type
from collections import namedtuple as _namedtuple

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')
_set_tuple_type(DecimalTuple)


class ContextManager:
    """Installs a copy of a context for the duration of a with block, then restores the previous one."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block under a copy of ctx (default: the current context),
    with the given attributes (prec, rounding, Emin, Emax, capitals, clamp, flags, traps) set."""
    return ContextManager(_local_copy(ctx, kwargs))


import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
