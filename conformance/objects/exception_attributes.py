# BaseException attributes: args, __cause__, __context__, __suppress_context__, __traceback__, notes.
e = ValueError(1)
for a in ['args','__cause__','__context__','__suppress_context__','__traceback__','__dict__']:
    print(a, getattr(e, a))
try: e.args = 5
except Exception as x: print(type(x).__name__, x)
e.args = [1,2]; print(e.args)
try: del e.args
except Exception as x: print(type(x).__name__, x)
try: e.__cause__ = 5
except Exception as x: print(type(x).__name__, x)
try: e.__context__ = 5
except Exception as x: print(type(x).__name__, x)
e.__cause__ = KeyError(); print(e.__suppress_context__)
try: e.__traceback__ = 5
except Exception as x: print(type(x).__name__, x)
e.add_note("n"); print(e.__notes__)
try: e.add_note(1)
except Exception as x: print(type(x).__name__, x)
print(e.with_traceback(None) is e)
try: e.__suppress_context__ = 5
except Exception as x: print(type(x).__name__, x)
print(e.__suppress_context__)
try: del e.__cause__
except Exception as x: print(type(x).__name__, x)
print(e.__reduce__())
class Custom(ValueError):
    def __init__(self, code):
        self.code = code
c = Custom(3)
print(c.args, c.code, str(c), repr(c), c.__dict__)
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
w = WithNew(1, 2)
print(w.args)
print(isinstance(e.__cause__, KeyError), e.__context__)
