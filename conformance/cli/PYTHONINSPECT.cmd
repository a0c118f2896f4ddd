-c
print("ran")
