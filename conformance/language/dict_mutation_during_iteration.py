# Mutating containers while iterating: RuntimeError for dict and set, list keeps going.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.remove(x)
print(lst)
lst = [1]
for x in lst:
    if len(lst) < 4:
        lst.append(x + 1)
print(lst)
d = {"a": 1}
for k in list(d):
    d[k + k] = 0
print(d)
d = {"x": 1}
for k in d:
    d[k] = 2
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(e)
