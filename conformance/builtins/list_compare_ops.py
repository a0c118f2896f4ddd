# list comparison, concatenation, repetition, in-place ops and their TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] <= [], [2] >= [1, 5], [1] == [1.0], [1] != [True])
print([[1, 2]] < [[1, 3]], [1, "a"] == [1, "a"], [None] == [None])
t(lambda: [1] < ["a"])
t(lambda: [None] < [None])
t(lambda: [1] < (1,))
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: [1] * 2.0)
t(lambda: [1] * "2")
t(lambda: [1] - [1])
print([1, 2] * 0, [1] * -3, 3 * [0], [1, 2] * True)
t(lambda: [1] * (2**100))
a = [1]; b = a; a += (2, 3); a += "x"; print(a, b is a)
a *= 2; print(a, b is a)
a *= 0; print(a, b)
c = [1, 2]
def iadd(): 
    global c
    c += 5
t(iadd)
def imul():
    global c
    c *= "x"
t(imul)
n = float("nan")
print([n] == [n], [float("nan")] == [float("nan")], [n] < [n])
print(hash is not None, type([].__hash__))
t(lambda: hash([]))
t(lambda: {[]: 1})
x = [1, 2]; y = x * 2; z = 2 * x; print(x, y, z, x is y)
