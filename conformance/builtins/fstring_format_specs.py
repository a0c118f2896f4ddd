# f-strings: nested format specs, conversions, = debugging, dates of expressions in specs.
x, w, p = 3.14159, 10, 3
name = "héllo"
print(f"{x:{w}.{p}f}|{x=}|{x = :.2f}|{name!r:>12}|{name!a}|{w:#x}|{1+1=}|{[1, 2]!s:*^10}")
print(f"{'nested':{'^'}{12}}|{3:{'0'}{4}d}|{x:.{p}e}|{-x:+.1f}|{x:{'>'}{w}}|{{literal}}|{w!r:>{p}}")
print(f"{255:b} {255:o} {255:_b} {2**40:,} {0.000123:.2g} {1e6:.0e} {12:%}")
