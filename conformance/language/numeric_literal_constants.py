# Numeric literals and folded constants: signs of zero, complex, big ints, underscores.
print(-1j, (-1j).real, 1 - 1j, -(1j), -0.0, +0.0, -0j, 0j)
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5e1_0)
print(2 ** 100, -2 ** 2, (-2) ** 2, 10 ** -2)
print(1e309, -1e309, 1e-400, 0.1 + 0.2)
print(complex(1, -0.0), 3.5j, 1j * 1j, abs(3 + 4j))
print(0xFFFFFFFFFFFFFFFF + 1, -9223372036854775808, 9223372036854775807 + 1)
print(1 if -0.0 == 0.0 else 2, repr(-0.0 * 1))
print(type(1e3).__name__, type(10 // 3).__name__, type(10 / 5).__name__)
print(7 .bit_length(), 1.5.is_integer(), 0.5.as_integer_ratio())
print(~0, ~-1, -(-5), +True, -True)
x = -1j
print(x, repr(x), x.imag, x.conjugate())
