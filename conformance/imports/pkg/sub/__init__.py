print("pkg.sub/__init__ runs as", __name__, "package", __package__)
SUB = "sub"
