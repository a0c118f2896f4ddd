-c
import sys; print("caf\u00e9"); print(sys.stdout.encoding)
