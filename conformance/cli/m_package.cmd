-m
_pkg
arg
