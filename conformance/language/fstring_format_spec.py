# f-string format specs: width, fill, alignment, sign, grouping, types, nested specs.
n = 1234567.891
i = 42
s = "py"
print(f"{i:5d}|{i:<5d}|{i:^5d}|{i:>5d}|{i:05d}|{i:+d}|{-i: d}")
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3E}|{n:g}|{n:%}"[:60])
print(f"{i:x}|{i:X}|{i:#x}|{i:o}|{i:#o}|{i:b}|{i:#b}|{i:c}")
print(f"{s:*^10}|{s:->6}|{s:<4}|{s!r:>8}|{s!s}|{s!a}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}")
print(f"{'é'!a} {'é'!r}")
print(f"{1e100:.3g} {0.000012345:.2e} {float('inf'):f} {float('nan'):F}")
print(f"{12345678:,} {12345678:_} {0xdeadbeef:_x}")
print(f"{True:d} {True} {None!r:>6}")
print(f"{-0.0:.1f} {-0.0:z.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'a' 'b'}" f"{1+1}" "c")
for spec in ["d", "s", ",s", ".2d"]:
    try:
        print(format(1.5 if spec != "s" else 3, spec))
    except ValueError as e:
        print("ValueError", e)
x = 5
print(f"{x = }, {x*2 = :>4}, {x = !r}")
print(f"{'{'}{'}'} {{literal}}")
