started = "yes"
print("startup ran")
