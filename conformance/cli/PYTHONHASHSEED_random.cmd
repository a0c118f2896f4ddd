-c
import sys; print(sys.flags.hash_randomization)
