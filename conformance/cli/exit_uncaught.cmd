-c
import sys; print("x", file=sys.stderr); raise LookupError
