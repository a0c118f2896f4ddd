-m
_mainguard
