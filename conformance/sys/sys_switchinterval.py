import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
print(sys.is_finalizing())
