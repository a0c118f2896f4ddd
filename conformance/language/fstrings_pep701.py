# Python 3.12 f-string grammar (PEP 701): nested quotes, backslashes, comments, deep nesting.
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{'\t'.join(names)!r}")
print(f"{f"{f"{f"{1 + 1}"}"}"}")
print(f"{"\N{BULLET}"} item")
value = 42
print(f"{value:{"<" if value > 10 else ">"}{"10"}}|")
print(f"{
    value  # a comment inside the replacement field
    * 2
}")
print(f"""{
    "\n".join(
        f"{i}: {n}" for i, n in enumerate(names)
    )
}""")
d = {"k": {"inner": [1, 2, 3]}}
print(f"{d["k"]["inner"][-1]} {d['k']['inner'][0]}")
print(f"{value!r:>{5}}|{value=:#x}|{value = !s:^9}|")
print(f"{'{'}{'}'} {{escaped}} {'{}'.format(1)}")
print(f"{(lambda x: x * 2)(21)} {[*range(3)]} {value if value else 0}")
print(f"{3.14159:.{2}f} {"nested format":>{value // 3}}")
x = 5
print(f"{x:=^9}", f"{x=:=^9}", f"{(x:=7)}", x)
print(rf"raw \n {value}", fr"{value}\t")
print(f"{'a' 'b'}", f"{ value }", f"{value!s:{''}}")
print(f"""multi
line {value}
""", end="")
try:
    eval('f"{}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('f"{x!}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
