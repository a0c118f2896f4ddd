-B
-c
import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
