# PEP 701 f-strings: nested quotes, backslashes, comments, multi-line expressions.
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(names)}")
print(f"{names[0]!r:>10}")
value = 3
print(f"result: {
    value * 2  # doubled
}")
print(f"{"nested" + f'{value}'}")
d = {"k": "v"}
print(f"{d["k"]}")
print(f"{'\t'.join(['a', 'b'])!r}")
print(f'{"""triple"""}')
print(rf"raw {value} \n")
print(f"{value:{'>' if value else '<'}5}")
print(F"upper {value}")
