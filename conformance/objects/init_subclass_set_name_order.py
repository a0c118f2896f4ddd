# Order of class creation hooks: __set_name__ on every attribute, then __init_subclass__.
log = []
class D:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(("set_name", self.tag, owner.__name__, name))
class Base:
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, kw, [k for k in ("a", "b") if k in cls.__dict__]))
        super().__init_subclass__()
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("meta_new_start", name))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(("meta_new_end", name))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("meta_init", name, kw))
        super().__init__(name, bases, ns)
class C(Base, metaclass=Meta, flag=True):
    b = D("second")
    a = D("first")
for entry in log:
    print(entry)
log.clear()
class Late:
    pass
Late.x = D("late")
print(log)
class Err:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Broken:
        attr = Err()
except ValueError as e:
    print("ValueError", e, getattr(e, "__notes__", None))
class NoCallable:
    __set_name__ = None
try:
    class Uses:
        x = NoCallable()
except TypeError as e:
    print("TypeError", e)
