# range equality and hashing compare as sequences, ranges are not ordered, repr/str forms.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(range(0) == range(3, 3), range(0, 10, 2) == range(0, 9, 2), range(1, 2, 5) == range(1, 3, 10), range(2) == range(0, 2), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 10)))
print(len({range(0), range(1, 1), range(5), range(0, 5, 1)}))
t(lambda: range(3) < range(4))
t(lambda: range(3) >= range(4))
print(range(3) == (0, 1, 2), range(3) == list(range(3)))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(-1, -5, -1)), repr(range(2**70)), str(range(0)))
t(lambda: range(3).start.__class__.__name__)
def set_start():
    range(3).start = 1
t(set_start)
print(range(True, 3).start, type(range(True, 3).start).__name__)
