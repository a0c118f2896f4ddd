# object.__new__ / object.__init__ excess-argument rules and their messages.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Plain: pass
class WithInit:
    def __init__(self, a):
        self.a = a
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
class InitPassesArgs:
    def __init__(self, a):
        super().__init__(a)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        object.__init__(self)

attempt("Plain()", lambda: Plain())
attempt("Plain(1)", lambda: Plain(1))
attempt("Plain(k=1)", lambda: Plain(k=1))
attempt("object(1)", lambda: object(1))
attempt("WithInit(1)", lambda: WithInit(1))
attempt("WithInit()", lambda: WithInit())
attempt("WithNew(1)", lambda: WithNew(1))
attempt("NewPassesArgs(1)", lambda: NewPassesArgs(1))
attempt("InitPassesArgs(1)", lambda: InitPassesArgs(1))
attempt("Both(1, 2)", lambda: Both(1, 2))
attempt("object.__new__(Plain)", lambda: object.__new__(Plain))
attempt("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
attempt("object.__new__(WithInit, 1)", lambda: object.__new__(WithInit, 1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(5)", lambda: object.__new__(5))
attempt("object.__new__()", lambda: object.__new__())
attempt("int.__new__(Plain)", lambda: int.__new__(Plain))
attempt("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))
attempt("object.__init__(WithInit(1), 1)", lambda: object.__init__(WithInit(1), 1))
class BadInit:
    def __init__(self):
        return 5
attempt("BadInit()", lambda: BadInit())
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
class NewReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("init runs on", type(self).__name__)
class Sub(NewReturnsSub):
    pass
NewReturnsSub()
