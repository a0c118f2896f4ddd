# Bitwise operations on negative and big integers follow infinite two's complement.
for a, b in [(-1, 0xFF), (-8, 7), (-8, -3), (12, -5), (-(2 ** 70), 2 ** 70 - 1), (-(2 ** 70) - 1, -(2 ** 64))]:
    print(a, b, a & b, a | b, a ^ b, ~a, a >> 3, a << 3)
print(-1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 200, 1 << 100, -1 << 65, (-5) >> 1, -5 // 2)
print(bin(-5), bin(-5 & 0xFF), hex(-255), format(-5 & 0xFFFFFFFF, "08x"), (-5).bit_length(), (-(2 ** 64)).bit_length())
print((-1).to_bytes(4, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (-256).to_bytes(2, "little", signed=True))
mask = (1 << 32) - 1
def to_u32(x): return x & mask
def to_s32(x): return x - (1 << 32) if x & (1 << 31) else x
print(to_u32(-1), to_s32(0xFFFFFFFF), to_s32(to_u32(-123456)), hex(to_u32(~0x12345678)))
print(True & 3, True | 2, True ^ True, ~0, 5 & True)
for bad in [lambda: 1.0 & 1, lambda: 1 << 1.0, lambda: "a" | 1, lambda: 1 >> -1, lambda: ~1.5]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum(1 << i for i in range(0, 64, 8)), (0xF0F0 & 0x0FF0) | 0x000F, 0b1010 ^ 0b0110, ~0b1010 & 0b1111)
print((2 ** 64 + 5) & 0xF, (2 ** 64 - 1) ^ (2 ** 63), -(2 ** 63) | 1, (1 << 1000) >> 998)
