# Uncaught NameError raised while executing a class body.
class Config:
    debug = True
    level = 3 if debug else lvl
    extra = undefined_setting
