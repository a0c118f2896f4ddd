import sys
import _counter
import _counter
import _counter as again
print(again.COUNT, again is sys.modules["_counter"])
del sys.modules["_counter"]
import _counter
print(_counter.COUNT, _counter is again)
