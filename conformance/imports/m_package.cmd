-m
mainpkg
first
second
