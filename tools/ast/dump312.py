"""Prints ast.dump(ast.parse(src), include_attributes=True) for each file, as DumpMain does.

Run with the CPython 3.12 oracle: ../shared/oracle/py312 tools/ast/dump312.py FILE...
"""
import ast
import sys

for name in sys.argv[1:]:
    with open(name, 'rb') as f:
        src = f.read()
    try:
        print(ast.dump(ast.parse(src, name), include_attributes=True))
    except SyntaxError as e:
        print(f"ERROR {type(e).__name__}: {e.msg} line {e.lineno} offset {e.offset} end {e.end_lineno} {e.end_offset}")
