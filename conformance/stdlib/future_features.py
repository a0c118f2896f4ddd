import __future__ as f
print(f.all_feature_names)
for n in f.all_feature_names:
    x = getattr(f, n)
    print(n, repr(x), x.getOptionalRelease(), x.getMandatoryRelease(), hex(x.compiler_flag))
print([k for k in dir(f) if k.startswith('CO_')], f.__all__)
print(type(f.division).__name__, type(f.division).__module__)
