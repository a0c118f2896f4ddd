-c
raise KeyboardInterrupt
