# Basics: converting between int, float, str, bool, list and tuple.
print(int("42") + 1, float("2.5") * 2, str(10) + "!", bool(0), bool("x"))
print(int(3.99), round(3.99), int(-2.5), float(3), str(3.0), str(True))
print(list("abc"), tuple([1, 2]), list(range(3)), list((4, 5)), set([1, 1, 2]))
print(int("ff", 16), int("101", 2), hex(255), bin(5), oct(8), chr(65), ord("A"))
print(str([1, "a"]), repr("q"), int(True) + int(False), float("inf") > 10 ** 100)
