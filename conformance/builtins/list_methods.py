# list methods and their errors.
lst = [3, 1, 2]
lst.append(4); print(lst)
lst.extend((5, 6)); print(lst)
lst.insert(0, 0); lst.insert(100, 99); lst.insert(-1, 98); lst.insert(-100, -1); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(98); print(lst)
print(lst.index(2), lst.index(5, 2), lst.count(1), lst.count(42))
lst.reverse(); print(lst)
lst.sort(); print(lst)
lst.sort(reverse=True); print(lst)
c = lst.copy(); c.clear(); print(c, lst)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [3, "a"].sort(), lambda: [].append(), lambda: [].insert(1), lambda: [].extend(5), lambda: [1].sort(1), lambda: [].index()]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1,)), [1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [1, 2] != [2, 1], [1, [2]] == [1, [2]])
print(1 in [1, 2], [1] in [[1]], len([1, 2, 3]), min([3, 1]), max([3, 1]), sum([1, 2]))
x = [1, 2, 3]
x *= 2; print(x)
x += "ab"; print(x)
print(list.__mro__, [].__class__.__name__, type([].__iter__()).__name__)
try:
    [] + ()
except TypeError as e:
    print(type(e).__name__, e)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], repr(nested), str(nested))
