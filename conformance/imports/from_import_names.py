from pkg.mod_a import A_VALUE, where
print(A_VALUE, where())
from pkg import mod_b
print(mod_b.B_VALUE, mod_b.where())
from pkg.sub import helper as hh
print(hh.help_me())
