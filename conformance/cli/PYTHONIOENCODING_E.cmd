-E
-c
import sys; print(sys.stdout.encoding, "caf\xe9")
