# bin/oct/hex with big, negative, bool and __index__ arguments; format equivalents; errors.
class I:
    def __index__(self):
        return -255
for v in [0, 1, -1, 255, -256, 2 ** 70, -(2 ** 70) + 1, True, I()]:
    print(bin(v), oct(v), hex(v))
for v in [0, -1, 255, 2 ** 70, True]:
    print(format(v, "#b") == bin(v), format(v, "#x") == hex(v), "%#o" % v == oct(v))
for bad in [lambda: bin(1.5), lambda: oct("7"), lambda: hex(None), lambda: hex(), lambda: bin(1, 2), lambda: hex(1j)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class NotInt:
    def __int__(self):
        return 5
try:
    hex(NotInt())
except TypeError as e:
    print("TypeError", e)
print(int(bin(-37), 0), int(oct(2 ** 70), 0) == 2 ** 70, int(hex(-4096), 16), int("0b_1010", 0), int("0o_17", 0))
