# tuple iterators, length hints, pickling-related methods and reversed().
it = iter((1, 2, 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed((1, 2, 3))), type(reversed((1,))).__name__)
print((1, 2).__getnewargs__())
print(tuple.__len__((1, 2)), tuple.__getitem__((4, 5), 1), tuple.__contains__((1,), 1))
print((1, 2).__add__((3,)), (1,).__mul__(3), (1,).__rmul__(2))
print(tuple.__class_getitem__(int), tuple[int, str], tuple[int, ...])
print(sorted(set(dir(())) - set(dir(object))))
