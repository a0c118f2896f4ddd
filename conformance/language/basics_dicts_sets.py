# Basics: dict and set creation, lookup, update, iteration.
ages = {"ann": 30, "bob": 25}
ages["cy"] = 40
print(ages, ages["bob"], len(ages), "ann" in ages)
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(name, "is", age)
print(ages.get("zed"), ages.get("zed", 0), list(ages.keys()), list(ages.values()))
del ages["ann"]
print(ages)
s = {1, 2, 3}
s.add(2)
s.add(4)
print(s, len(s), 3 in s, s | {9}, s & {1, 4})
