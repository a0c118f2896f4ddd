# Uncaught KeyError from a nested subscript.
config = {"server": {"host": "localhost", "port": 8080}}
print(config["server"]["host"])
print(config["server"]["timeout"])
