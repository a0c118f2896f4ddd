--check-hash-based-pycs
sometimes
-c
print("ok")
