# Uncaught KeyError shows the repr of the key.
config = {"host": "localhost"}
print(config["host"])
port = config["port"]
