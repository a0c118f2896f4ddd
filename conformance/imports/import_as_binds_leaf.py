import pkg.sub as s
print(s.__name__)
print("pkg" in globals(), "s" in globals())
import pkg.mod_a
print("pkg" in globals())
