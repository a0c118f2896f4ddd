# Uncaught AttributeError on None from a function that forgot to return.
def find(items, target):
    for item in items:
        if item == target:
            item
result = find([1, 2], 2)
print(result.bit_length())
