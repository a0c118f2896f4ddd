# conformance: native
import sys
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.encoding, sys.stderr.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdin.readable())
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = sys.__stdout__
print(cap.parts)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
