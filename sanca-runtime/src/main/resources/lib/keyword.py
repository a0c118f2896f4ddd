"""Keywords (from the Python 3.12 grammar): the keyword module."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match', 'type']

# Bound __contains__ of frozensets: a membership test with no Python frame.
_HARD = frozenset(kwlist)
_SOFT = frozenset(softkwlist)
iskeyword = _HARD.__contains__
issoftkeyword = _SOFT.__contains__
del _HARD, _SOFT
