-c
print(1)
