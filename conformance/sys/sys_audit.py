import sys
events = []
def hook(event, args):
    if event.startswith("demo") or event == "sys.addaudithook":
        events.append((event, args))
sys.addaudithook(hook)
sys.audit("demo.event", 1, "two")
sys.audit("demo.empty")
print(events)
try:
    sys.audit(42)
except TypeError as e:
    print(e)
def blocker(event, args):
    if event == "demo.blocked":
        raise RuntimeError("blocked by hook")
sys.addaudithook(blocker)
try:
    sys.audit("demo.blocked")
except RuntimeError as e:
    print(e)
print(len(events))
