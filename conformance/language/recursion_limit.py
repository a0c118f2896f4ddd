# RecursionError at the limit, setrecursionlimit, and deep recursion once raised.
import sys
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
try:
    down(10 ** 6)
except RecursionError as e:
    print("RecursionError", e)
print(down(500))
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit(), down(50000))
sys.setrecursionlimit(1000)
def mutual_a(n): return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n): return mutual_a(n - 1)
print(mutual_a(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
l = []
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
def gen_recursive(n):
    if n:
        yield from gen_recursive(n - 1)
    yield n
print(sum(gen_recursive(200)))
