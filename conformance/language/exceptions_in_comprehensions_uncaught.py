# Uncaught exception inside a list comprehension inside a function.
def parse_all(lines):
    return [int(line) for line in lines]
print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
