-c
import sys; print("caf\u00e9 \u2713"); print(sys.stdout.encoding, sys.stdout.errors)
