# Uncaught exception with implicit chaining: "During handling of the above exception..."
def load(config):
    try:
        return config["port"]
    except KeyError:
        return int(config["fallback"])

print(load({"port": 80}))
load({"fallback": "eighty"})
