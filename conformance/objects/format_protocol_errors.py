# format(): object.__format__ only takes an empty spec; overridden __format__ gets the spec.
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!r}"[:7])
for spec in ("d", ">10", "s"):
    try:
        format(Plain(), spec)
    except TypeError as e:
        print("TypeError", e)
class Custom:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Custom(), "x"), f"{Custom():abc}", f"{Plain()!s:>12}", "{:q}".format(Custom()))
class BadRet:
    def __format__(self, spec):
        return 42
try:
    format(BadRet())
except TypeError as e:
    print("TypeError", e)
try:
    f"{BadRet()}"
except TypeError as e:
    print("TypeError", e)
class IntSub(int):
    pass
print(format(IntSub(5), "03d"), f"{IntSub(255):x}")
class StrSub(str):
    def __str__(self):
        return "strsub"
print(format(StrSub("value"), ""), f"{StrSub('v')}", str(StrSub("v")))
for obj, spec in ((1, "z"), (1.5, "d"), ("s", "d"), ([], "x"), (None, ">5")):
    try:
        format(obj, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    format(Plain(), 5)
except TypeError as e:
    print("TypeError", e)
print(object.__format__(Plain(), ""), type(format(True, "")).__name__, format(True, "d"))
