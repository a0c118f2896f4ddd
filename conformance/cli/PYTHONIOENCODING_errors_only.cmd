-c
import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors); print("x\udcffy"); print(sys.stdin.encoding, sys.stdin.errors)
