# Class attributes are shared until shadowed; mutable class attributes are a shared object.
class Team:
    members = []
    count = 0
    def add(self, name):
        self.members.append(name)
        self.count += 1
a, b = Team(), Team()
a.add("x"); b.add("y")
print(Team.members, a.members is b.members, a.count, b.count, Team.count, vars(a))
Team.count = 100
print(a.count, Team().count)
del a.count
print(a.count)
class Config:
    defaults = {"debug": False}
    def __init__(self):
        self.settings = dict(self.defaults)
c1, c2 = Config(), Config()
c1.settings["debug"] = True
print(c1.settings, c2.settings, Config.defaults)
class Parent:
    shared = "parent value"
class Child(Parent):
    pass
print(Child.shared, "shared" in Child.__dict__)
Child.shared = "child value"
print(Parent.shared, Child.shared)
del Child.shared
print(Child.shared)
try:
    del Child.shared
except AttributeError as e:
    print(type(e).__name__, e)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
class Immutable:
    value = (1, 2)
i = Immutable()
i.value += (3,)
print(i.value, Immutable.value)
