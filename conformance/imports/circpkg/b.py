print("circpkg.b starts")
import circpkg.a
B = "B"
print("circpkg.b sees a partially:", hasattr(circpkg.a, "A"))
