import sys
COUNT = getattr(sys, "_counter_runs", 0) + 1
sys._counter_runs = COUNT
print("_counter runs", COUNT)
