# add_note and __notes__, caught and uncaught.
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as err:
    print(err)
try:
    raise KeyError("missing")
except KeyError as err:
    err.add_note("while looking up")
    print(err.__notes__)
class Custom(Exception):
    pass
c = Custom("custom msg")
c.__notes__ = ["set directly"]
print(c.__notes__)
def fail():
    err = RuntimeError("the error")
    err.add_note("a note\nwith two lines")
    raise err
fail()
