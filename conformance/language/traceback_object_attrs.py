# Traceback objects: tb_next, tb_lineno, tb_frame, __traceback__, with_traceback.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__)
try:
    raise KeyError("k")
except KeyError as e:
    saved = e
print(saved.__traceback__.tb_lineno)
e2 = RuntimeError("new")
try:
    raise e2.with_traceback(saved.__traceback__)
except RuntimeError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
e3 = ValueError()
e3.__traceback__ = None
try:
    e3.__traceback__ = 5
except TypeError as err:
    print(err)
def gen():
    yield 1
    raise IndexError("gen")
try:
    list(gen())
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
