-c
import sys; print("out"); sys.exit("message to stderr")
