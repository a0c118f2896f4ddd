print("start")
import pkg.sub.deep
print("after deep")
import pkg.sub.deep
print("end")
