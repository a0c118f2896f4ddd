# An exception inside a generator expression consumed by sum() and a nested call.
def parse_all(lines):
    return sum(int(line.split("=")[1]) for line in lines)
print(parse_all(["a=1", "b=2"]))
print(parse_all(["a=1", "b"]))
