# The uncaught AttributeError on a class object gets a "Did you mean" from dir(cls).
class Config:
    DEFAULT_TIMEOUT = 30
    def reload(self): pass
print(Config.DEFAULT_TIMEOUT)
print(Config.DEFAULT_TIMOUT)
