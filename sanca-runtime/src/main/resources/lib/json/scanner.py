"""The JSON scanner a JSONDecoder runs: make_scanner(decoder) returns a callable
scan_once(string, idx) -> (value, end) that raises StopIteration(idx) when no value starts at idx."""

from _json import make_scanner

c_make_scanner = make_scanner
py_make_scanner = make_scanner

__all__ = ['make_scanner']
