-c
f = lambda: [][0]; print("before"); f()
