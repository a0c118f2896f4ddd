# An uncaught exception raised inside a generator shows the generator frame in the traceback.
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), int(value)

data = ["a = 1", "b = 2", "c = three"]
for k, v in parse(data):
    print(k, v)
