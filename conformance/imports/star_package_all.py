from relpkg import *
print(thing, public)
print("_private" in globals(), "inner" in globals())
