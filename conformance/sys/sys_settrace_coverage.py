import sys

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in (2, 3, 5):
        if n % d == 0:
            return f"divisible by {d}"
    return "other"

executed = set()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        if event == "line":
            executed.add(frame.f_lineno)
        return tracer
    return None

sys.settrace(tracer)
results = [classify(n) for n in (-1, 0, 9, 7)]
sys.settrace(None)
print(results)
print(sorted(executed))
first = classify.__code__.co_firstlineno
print(sorted(line - first for line in executed))

depth = []
def profiler(frame, event, arg):
    if event in ("call", "return"):
        depth.append((event, frame.f_code.co_name))
def outer():
    return inner() + 1
def inner():
    return 1
sys.setprofile(profiler)
outer()
sys.setprofile(None)
print([d for d in depth if d[1] in ("outer", "inner")])
print(sys.getprofile(), sys.gettrace())

def bad(frame, event, arg):
    raise KeyError("from tracer")
sys.settrace(bad)
try:
    classify(1)
except KeyError as e:
    print("tracer raised", e)
print(sys.gettrace())
