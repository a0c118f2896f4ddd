# Order of evaluation: decorators, bases, keywords, body, metaclass, __set_name__, __init_subclass__.
log = []
def deco(c):
    log.append("decorator")
    return c
def base():
    log.append("bases evaluated")
    return object
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append("meta new")
        return super().__new__(m, name, bases, ns)
class Named:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")
class Parent:
    def __init_subclass__(cls, **kw):
        log.append("init_subclass")
@deco
class C(Parent, metaclass=Meta):
    log.append("body start")
    attr = Named()
    log.append("body end")
print(log)
