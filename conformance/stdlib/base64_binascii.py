# binascii: base64 with strict_mode, hex with separators, crc32/crc_hqx, uu and quoted-printable, and errors.
import binascii
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in [b"abc", b"YWJj", b"YWJ=", b"YW==", b"Y===", b"YWJjZ", b"YW=J", b"YW\nJj", b"Y", b"====", b"YW=", b"YWJj====", b"YW Jj!", "YWJj", "YWé", b"=YWJj", b"YW==YWJj", b"YWJj\n", b"YWJ=\n", b""]:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.b2a_base64, b"abc"); t(binascii.b2a_base64, b"abcd", newline=False); t(binascii.b2a_base64, "abc")
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", "-"); t(binascii.hexlify, b"\x01\x02\x03\x04\x05", b":", 2); t(binascii.hexlify, b"\x01\x02\x03\x04\x05", ":", -2); t(binascii.hexlify, b"\x01", "ab")
t(binascii.unhexlify, "0g"); t(binascii.unhexlify, "abc"); t(binascii.unhexlify, "é1"); t(binascii.unhexlify, b"AbCd"); t(binascii.unhexlify, 5)
t(binascii.crc32, b"hello", 12345); t(binascii.crc32, b"hello", -1); t(binascii.crc_hqx, b"hello", 0); t(binascii.crc_hqx, b"hello", 0x1234)
t(binascii.b2a_uu, b"hello world"); t(binascii.a2b_uu, b"+:&5L;&\\@=V]R;&0`\n"); t(binascii.b2a_uu, b"hi", backtick=True); t(binascii.b2a_uu, b"x"*46)
t(binascii.b2a_qp, b"h\xe9llo = world\t\nline two  \n" + b"x"*80); t(binascii.a2b_qp, b"h=E9llo =3D world=\nnext"); t(binascii.b2a_qp, b"a b", header=True); t(binascii.b2a_qp, b"a.b\r\nc", quotetabs=True, istext=False)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
