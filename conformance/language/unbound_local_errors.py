# UnboundLocalError and NameError messages.
x = 10
def reads_before_assign():
    print(x)
    x = 5
try:
    reads_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(free_unbound())
def cond(flag):
    if flag:
        w = 1
    return w
print(cond(True))
try:
    cond(False)
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)
try:
    undefined_name_here
except NameError as e:
    print(e, e.name)
def aug():
    counter += 1
try:
    aug()
except UnboundLocalError as e:
    print(e)
