# hashlib digests, base64/binascii encodings, zlib crc32 (all platform independent).
import hashlib, base64, binascii, zlib
data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest(), hashlib.sha256(b"").hexdigest()[:16])
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
print(hashlib.sha512(b"abc").hexdigest()[:32], hashlib.blake2b(b"abc", digest_size=8).hexdigest(), hashlib.new("sha1", b"x").hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__, e)
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x00\xff"), base64.a85encode(b"abc"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"hello"))
comp = zlib.compress(data * 10)
print(len(data * 10) > len(comp), zlib.decompress(comp) == data * 10)
import hmac
print(hmac.new(b"key", b"message", "sha256").hexdigest())
