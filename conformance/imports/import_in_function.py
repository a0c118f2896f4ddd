def f():
    import pkg.mod_a
    from pkg import mod_b
    return pkg.mod_a.A_VALUE, mod_b.B_VALUE, sorted(locals())
print(f())
print("pkg" in globals())
class C:
    import pkg.sub.helper as helper
print(C.helper.help_me())
