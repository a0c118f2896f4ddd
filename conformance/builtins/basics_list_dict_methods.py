# Basics: the most used list and dict methods on simple inputs.
lst = [5, 3, 8]
lst.append(1); lst.insert(0, 9); lst.extend([7, 7])
print(lst, lst.index(8), lst.count(7))
lst.remove(7); print(lst, lst.pop(), lst.pop(0), lst)
lst.sort(); print(lst)
lst.reverse(); print(lst, lst.copy() == lst)
d = {"a": 1}
d.update(b=2); d.setdefault("c", 3)
print(d, d.pop("a"), d, sorted(d.items()), d.get("z", "default"))
print(dict.fromkeys(["x", "y"], 0), {k: v * 10 for k, v in d.items()})
