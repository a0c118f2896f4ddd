-m
mainpkg.runme
arg
