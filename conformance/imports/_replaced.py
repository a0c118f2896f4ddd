import sys
class Replacement:
    def __getattr__(self, name):
        return "replacement attribute " + name
sys.modules[__name__] = Replacement()
