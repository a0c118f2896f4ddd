# bin(), hex(), oct(): negatives, big ints, __index__ objects and the TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(bin(0), bin(5), bin(-5), hex(255), hex(-255), oct(8), oct(-8), hex(2**100), bin(True), oct(0))
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()))
t(lambda: bin(1.0))
t(lambda: hex("1"))
t(lambda: oct(None))
t(lambda: bin())
t(lambda: hex(1, 2))
class BadIndex:
    def __index__(self):
        return 1.5
t(lambda: bin(BadIndex()))
class Only:
    def __int__(self):
        return 3
t(lambda: hex(Only()))
print(int(bin(-37), 2), int(hex(2**70), 16) == 2**70, int(oct(511), 8))
