from pkg import mod_b
print(mod_b.B_VALUE)
from pkg.sub import deep
print(deep.DEEP)
print(deep.value)
