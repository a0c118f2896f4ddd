"""Decimal fixed-point and floating-point arithmetic (the General Decimal Arithmetic).

The arithmetic, the contexts and the signals live in the native module _decimal; this
module re-exports them and adds the pieces that are plainer in Python: the DecimalTuple
named tuple and the context manager localcontext() returns.
"""

from _decimal import *
from _decimal import __version__, __libmpdec_version__
from _decimal import _local_copy, _set_tuple_type
import collections as _collections

DecimalTuple = _collections.namedtuple("DecimalTuple", ["sign", "digits", "exponent"], module="decimal")
_set_tuple_type(DecimalTuple)


class ContextManager:
    """Installs a context for the duration of a with block, then puts the previous one back."""

    def __init__(self, context):
        self._context = context
        self._previous = None

    def __enter__(self):
        self._previous = getcontext()
        setcontext(self._context)
        return self._context

    def __exit__(self, *exc_info):
        setcontext(self._previous)


def localcontext(ctx=None, **settings):
    """A context manager running its block under a copy of ctx (default: the current context),
    with the given attributes (prec, rounding, Emin, Emax, capitals, clamp, flags, traps) set."""
    return ContextManager(_local_copy(ctx, settings))


def _register_abc():
    from numbers import Number
    Number.register(Decimal)


_register_abc()
del _register_abc
