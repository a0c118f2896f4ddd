--check-hash-based-pycs
always
-c
print("ok")
