-c
exit(7)
