# Thousands grouping with , and _ for ints and floats in every width/alignment combination; the n type.
for v in [0, 999, 1000, -1234567, 10**20]:
    print(f"{v:,}", f"{v:_}", f"{v:15,}", f"{v:<15_}|", f"{v:^15,}", f"{v:015,}", f"{v:+,}", f"{v:_x}", f"{v:_b}"[:12], f"{v:n}")
for v in [1234.5, -0.001, 1e16, 123456789.987654321]:
    print(f"{v:,}", f"{v:_.2f}", f"{v:,.3e}", f"{v:020,.2f}", f"{v:,g}", f"{v:n}")
print(format(1234567, ",d"), format(-1234567.891, ",.1f"), format(12345, "010,"), format(1, "08,"), format(123, "_o"), format(2**32, "_X"))
