# Library algorithms call only __lt__ on user objects: heapq, bisect, sorted, min/max, and their fallbacks.
import heapq, bisect
calls = []
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        calls.append("lt")
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}({self.prio})"
tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]
h = []
for t in tasks:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(len(h))], set(calls))
ordered = sorted(tasks)
print(ordered, min(tasks), max(tasks))
print(bisect.bisect([Task(1, "x"), Task(5, "y")], Task(3, "new")))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1)]), min([OnlyGt(3), OnlyGt(1)]), heapq.nsmallest(1, [OnlyGt(2), OnlyGt(0)]))
class NoOrder:
    pass
try:
    heapq.heapify([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(heapq.nlargest(2, tasks, key=lambda t: t.name), sorted(tasks, key=lambda t: (t.prio, t.name)))
