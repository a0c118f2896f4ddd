-i
-c
x = 5
