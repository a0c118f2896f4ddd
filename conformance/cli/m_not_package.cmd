-m
_mod.sub
