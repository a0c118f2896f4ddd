-m
_mod
x
y
