-X
int_max_str_digits=10
-c
print(1)
