# Evaluation order: function, then arguments left to right, keywords, star args, subscripts.
log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
def f(*args, **kwargs):
    return args, kwargs
t("func", f)(t("a"), *t("star", [1]), k=t("kw"), **t("dstar", {"z": 2}))
print(log)
log.clear()
t("obj", {"x": 1})[t("key", "x")]
print(log)
log.clear()
d = {}
d[t("k1")] = t("v1")
print(log)
log.clear()
x = t("left", 1) + t("right", 2) * t("mul", 3)
print(log)
log.clear()
{t("dk1"): t("dv1"), t("dk2"): t("dv2")}
print(log)
log.clear()
t("cond", True) and t("and") or t("or")
print(log)
log.clear()
[t("e1"), *t("e2", [0]), t("e3")]
print(log)
log.clear()
t("target", [0, 0])[t("idx", 0)] = t("value", 5)
print(log)
log.clear()
a = t("aug_target", [1])
a[t("aug_idx", 0)] += t("aug_val", 1)
print(log)
