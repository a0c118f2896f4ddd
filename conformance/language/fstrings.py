# f-strings: conversions, format specs, nesting, '=' debugging, quotes (PEP 701).
name, n, pi = "Ada", 42, 3.14159
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {'é'!a} {name!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#o}|{n:b}|{n:,}|{1234567:_}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0%} {pi:g} {1e20:g}")
print(f"{name:*^11} {name:.2}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested ' + f'{n}'}")
print(f"{n=} {pi=:.1f} {name = } {n*2=}")
print(f"{name!r:>8}")
print(f"{{literal braces}} {n}")
items = {"k": "v"}
print(f"{items['k']} {items["k"]}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{3 + 4}, {[x for x in range(3)]}, {(lambda: 'lam')()}")
print(f"{n:{'>' if n else '<'}6}")
print(f'{"double inside single"}')
print(f"""triple {
    n + 1
}""")
import datetime
d = datetime.date(2024, 1, 31)
print(f"{d:%Y/%m/%d} {d!r}")
class Custom:
    def __format__(self, spec):
        return f"Custom({spec!r})"
    def __repr__(self):
        return "Custom-repr"
print(f"{Custom():abc} {Custom()!r} {Custom()}")
print(f"{-0.0:+.1f} {0.5:+} {-5:=+6} {5: }")
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
x = 7
print(f"{x!r:^7}|{x:{'^'}{7}}|")
