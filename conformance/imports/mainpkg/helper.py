NAME = "helper of " + __name__
