# Deep recursion through generators and yield from under a raised limit.
import sys
sys.setrecursionlimit(20000)
def walk(n):
    if n > 0:
        yield from walk(n - 1)
    yield n
print(sum(walk(3000)))
def tree(depth):
    return [] if depth == 0 else [tree(depth - 1)]
def depth(t):
    return 0 if not t else 1 + depth(t[0])
print(depth(tree(5000)))
sys.setrecursionlimit(1000)
try:
    sum(walk(5000))
except RecursionError as e:
    print("RecursionError", e)
