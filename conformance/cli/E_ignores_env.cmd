-E
-c
import sys; print(sys.flags.ignore_environment, sys.flags.inspect, sys.flags.optimize)
