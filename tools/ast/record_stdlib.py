"""Records the SHA-256 of CPython's ast.dump(..., include_attributes=True) for each .py file in
the standard-library zip, one "HASH PATH" line per file (ERROR lines for files CPython rejects).

Run with the CPython 3.12 oracle from the repository root:
    ../shared/oracle/py312 tools/ast/record_stdlib.py ZIP OUT [--dump-dir DIR]
With --dump-dir the dumps themselves are written there too (for diffing; never commit them).
"""
import ast
import hashlib
import os
import sys
import zipfile


def main():
    zpath, out = sys.argv[1], sys.argv[2]
    dump_dir = None
    if len(sys.argv) > 4 and sys.argv[3] == '--dump-dir':
        dump_dir = sys.argv[4]
    lines = []
    with zipfile.ZipFile(zpath) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            src = z.read(name)
            try:
                d = ast.dump(ast.parse(src, name), include_attributes=True)
            except SyntaxError as e:
                d = f"ERROR {type(e).__name__}: {e.msg} line {e.lineno} offset {e.offset}"
            if dump_dir:
                path = os.path.join(dump_dir, name.replace('/', '__') + '.dump')
                with open(path, 'w', encoding='utf-8', errors='surrogatepass') as f:
                    f.write(d)
            h = hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()
            lines.append(f"{h} {name}\n")
    with open(out, 'w') as f:
        f.writelines(lines)


main()
