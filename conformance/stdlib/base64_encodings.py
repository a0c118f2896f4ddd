# base64: every encoding (b64, urlsafe, b32, b32hex, b16, b85, a85) with options, and their errors.
import base64, binascii
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(base64.b64decode, "YW*Jj", validate=True); t(base64.b64decode, "YWJj==", validate=True); t(base64.b64decode, "YW Jj"); t(base64.b64decode, b"ab-_", altchars=b"-_"); t(base64.b64decode, 5); t(base64.b64decode, "é")
t(base64.b64encode, b"\xfb\xff", altchars=b"-_"); t(base64.b64encode, "x"); t(base64.urlsafe_b64decode, "-_8="); t(base64.standard_b64decode, b"YQ==")
for n in range(7): t(base64.b32encode, b"abcdef"[:n]); t(base64.b32hexencode, b"abcdef"[:n])
t(base64.b32decode, b"MFRGG==="); t(base64.b32decode, b"mfrgg===", casefold=True); t(base64.b32decode, b"mfrgg==="); t(base64.b32decode, b"MFRGG"); t(base64.b32decode, b"MFRGG=A="); t(base64.b32decode, b"MF======"); t(base64.b32decode, b"M======="); t(base64.b32decode, b"0I======", map01=b"L"); t(base64.b32hexdecode, b"C5H66==="); t(base64.b32decode, b"")
t(base64.b16encode, b"\x01\xab"); t(base64.b16decode, "01AB"); t(base64.b16decode, "01ab"); t(base64.b16decode, "01ab", casefold=True); t(base64.b16decode, "01A")
for d in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"\0\0\0\0", b"    ", b"\0\0", b"hello world!!"]:
    t(base64.a85encode, d); t(base64.b85encode, d); t(base64.a85encode, d, foldspaces=True, pad=True); t(base64.b85encode, d, pad=True); t(base64.a85decode, base64.a85encode(d)); t(base64.b85decode, base64.b85encode(d))
t(base64.a85encode, b"hello world" * 3, wrapcol=10, adobe=True); t(base64.a85encode, b"hello world" * 3, wrapcol=7)
t(base64.a85decode, b"<~BOu!rD]j7BEbo7~>", adobe=True); t(base64.a85decode, b"BOu!rD]j7BEbo7~>", adobe=True); t(base64.a85decode, b"BOu!r", adobe=True); t(base64.a85decode, b"Bz"); t(base64.a85decode, b"By", foldspaces=True); t(base64.a85decode, b"y", foldspaces=True); t(base64.a85decode, b"B\x7f"); t(base64.a85decode, b"uuuuu"); t(base64.a85decode, b"B O\nu!r")
t(base64.b85decode, b"|NsC0~"); t(base64.b85decode, b"~~~~~"); t(base64.b85decode, b"ab\x00cd")
t(base64.encodebytes, b"x" * 60); t(base64.decodebytes, b"eHh4\neA==\n"); t(base64.encodebytes, "s")
import io
out = io.BytesIO(); base64.encode(io.BytesIO(b"y" * 100), out); print(out.getvalue()); o2 = io.BytesIO(); base64.decode(io.BytesIO(out.getvalue()), o2); print(o2.getvalue() == b"y" * 100)
