# An exception raised in a key function called by sorted(): C frames do not appear in the traceback.
records = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(sorted(records[::2], key=lambda r: r["age"]))
by_age = sorted(records, key=lambda r: r["age"])
