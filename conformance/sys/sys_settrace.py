import sys
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else (arg[0].__name__ if event == "exception" else None)))
    return tracer
def add(a, b):
    c = a + b
    return c
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def gen():
    yield 1
    yield 2
def fails():
    raise ValueError("x")
sys.settrace(tracer)
add(1, 2)
loop(2)
list(gen())
try:
    fails()
except ValueError:
    pass
sys.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace())
calls = []
def prof(frame, event, arg):
    calls.append((event, frame.f_code.co_name))
sys.setprofile(prof)
add(3, 4)
sys.setprofile(None)
print([c for c in calls if c[1] in ("add",)])
