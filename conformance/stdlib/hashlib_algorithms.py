# hashlib: every guaranteed algorithm, blake2 parameters, shake lengths, copy, file_digest; hmac; errors.
import hashlib
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__, e)
t(hashlib.new, "foo"); t(hashlib.new, "sha256", "x"); t(hashlib.sha256().update, 5); t(hashlib.sha256().update, "s")
print(hashlib.new("SHA256", b"x").hexdigest()[:16], hashlib.new("MD5").name, hashlib.new("SHA1", b"x").hexdigest()[:16])
s = hashlib.shake_128(b"abc"); t(s.hexdigest, 10); t(s.digest, -1); print(s.name, s.digest_size, s.block_size, s.digest(0), hashlib.shake_256().hexdigest(40))
big = hashlib.sha1(); big.update(b"a" * 100000); big.update(bytearray(b"b")); big.update(memoryview(b"c")); print(big.hexdigest())
t(hashlib.blake2b, digest_size=65); t(hashlib.blake2b, key=b"k"*65); t(hashlib.blake2b, salt=b"s"*17); t(hashlib.blake2b, person=b"p"*17); t(hashlib.blake2s, digest_size=33); t(hashlib.blake2b, fanout=256); t(hashlib.blake2b, depth=0)
b = hashlib.blake2b(b"abc", key=b"key", salt=b"salt", person=b"me", digest_size=20); print(b.hexdigest(), b.name, b.digest_size, b.block_size)
print(hashlib.blake2s(b"abc").hexdigest(), hashlib.blake2b(b"").hexdigest()[:20], hashlib.blake2b(b"x"*300, fanout=2, depth=3, leaf_size=5, node_offset=6, node_depth=7, inner_size=8, last_node=True).hexdigest()[:20])
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.PERSON_SIZE)
print(sorted(hashlib.algorithms_guaranteed))
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"]:
    h = hashlib.new(n, b"hello"); print(n, h.name, h.digest_size, h.block_size, h.hexdigest(16) if n.startswith("shake") else h.hexdigest())
h = hashlib.md5(b"a"); c = h.copy(); c.update(b"b"); print(h.hexdigest(), c.hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest()[:8], hashlib.md5(string=b"a").hexdigest()[:8])
import io
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest()[:16], hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest()[:16])
import hmac
h = hmac.new(b"key", b"msg", "sha256"); print(h.name, h.digest_size, h.block_size, h.hexdigest()); h2 = h.copy(); h2.update(b"x"); print(h2.hexdigest() != h.hexdigest())
print(hmac.new(b"k"*200, b"m", hashlib.sha512).hexdigest()[:32], hmac.digest(b"k", b"m", "md5").hex(), hmac.new(b"k", digestmod="sha3_256").hexdigest()[:16])
t(hmac.new, b"key"); t(hmac.new, "key", digestmod="sha256"); t(hmac.compare_digest, "a", b"a"); t(hmac.compare_digest, "é", "é"); print(hmac.compare_digest(b"ab", b"ab"), hmac.compare_digest("ab", "ac"), hmac.compare_digest(bytearray(b"x"), b"x"))
