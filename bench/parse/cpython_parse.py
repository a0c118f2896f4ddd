"""Times CPython's ast.parse over every .py file of a standard-library zip, several rounds.

Usage: python3 cpython_parse.py ZIP ROUNDS SKIPFILE
Files this CPython cannot parse (newer syntax) are written to SKIPFILE and left out, so the Java
side times the same set. Prints one line per round and a final "best SECONDS FILES BYTES" line.
"""
import ast
import sys
import time
import zipfile


def main():
    zpath, rounds, skipfile = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    sources = []
    skipped = []
    with zipfile.ZipFile(zpath) as z:
        for name in sorted(n for n in z.namelist() if n.endswith('.py')):
            src = z.read(name)
            try:
                ast.parse(src, name)
            except SyntaxError:
                skipped.append(name)
                continue
            sources.append((name, src))
    with open(skipfile, 'w') as f:
        f.writelines(n + '\n' for n in skipped)
    total = sum(len(s) for _, s in sources)
    best = None
    for r in range(rounds):
        t0 = time.perf_counter()
        for name, src in sources:
            ast.parse(src, name)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
        print(f"cpython round {r + 1}: {dt * 1000:.1f} ms", flush=True)
    print(f"best {best:.6f} {len(sources)} {total}")


main()
