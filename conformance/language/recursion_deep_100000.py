# With the limit raised to 100000, recursion 90000 deep works; beyond it raises.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(90000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(20000)
count = 0
while x:
    x = x[0]
    count += 1
print(count)
try:
    depth(200000)
except RecursionError as e:
    print(type(e).__name__, e)
print("still alive", depth(10))
