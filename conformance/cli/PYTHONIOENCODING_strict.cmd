-c
print("abc"); print("caf\xe9")
