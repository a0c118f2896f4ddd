# Unpacking errors and their messages.
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def two_from_three():
    a, b = [1, 2, 3]
def three_from_two():
    a, b, c = (1, 2)
def one_from_zero():
    a, = []
def star_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def none_unpack():
    a, b = None
def str_unpack():
    a, b = "abc"
def gen_unpack():
    a, b = (i for i in range(4))
def dict_unpack():
    a, b = {'x': 1, 'y': 2, 'z': 3}
def star_many():
    a, *b, c, d = range(2)

for fn in [two_from_three, three_from_two, one_from_zero, star_too_few,
           not_iterable, none_unpack, str_unpack, gen_unpack, dict_unpack, star_many]:
    attempt(fn)

a, b = {'x': 1, 'y': 2}
print(a, b)
a, *b = {'x': 1}
print(a, b)
