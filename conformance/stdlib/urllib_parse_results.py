# urllib.parse result tuples: fields, _replace, encode/decode, bytes input, netloc attributes.
from urllib.parse import urlsplit, urlparse, urldefrag, urlunsplit, SplitResult, ParseResultBytes
r = urlsplit("https://Alice:Secret@Example.COM:8443/a/b?x=1#top")
print(r, r.username, r.password, r.hostname, r.port, r.geturl())
print(r._replace(netloc="other.org", fragment="").geturl(), r._fields, r._asdict())
print(r.encode(), r.encode().decode() == r, r.encode("utf-8").hostname, r.encode().port)
b = urlparse(b"ftp://u@host/path;type=a?q#f")
print(b, b.username, b.password, b.hostname, b.port, b.geturl(), b.decode())
print(urldefrag("http://a/b#c").url, urldefrag(b"http://a/b#c"), urldefrag("http://a/b#c").encode().geturl())
for u in ["http://[2001:db8::1]:8080/p", "http://[2001:DB8::1]/", "http://user@:80", "http://host:0/", "http://host:65535", "//x:1", "http://a@b@c/", "http://u:p:q@h/"]:
    s = urlsplit(u)
    print(u, s.netloc, s.hostname, s.port, s.username, s.password)
for u in ["http://host:999999/", "http://host:1a/", "http://host: 8/"]:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print("ValueError", e)
print(urlunsplit(SplitResult("http", "h", "p", "", "")), urlunsplit(["a", "", "b", "c", "d"]), urlunsplit((b"http", b"h", b"/x", b"", b"")))
try:
    urlunsplit(("http", b"h", "/", "", ""))
except TypeError as e:
    print("TypeError", e)
print(isinstance(r, tuple), len(r), r[1], tuple(r) == ("https", "Alice:Secret@Example.COM:8443", "/a/b", "x=1", "top"), SplitResult.__mro__[1].__name__, ParseResultBytes._fields)
print(urlsplit("  http://x/\x00y "), urlsplit("http://x/a\tb\nc\rd"), urlsplit("HTTPS://x"), urlsplit("javascript:alert(1)"))
for u in ["http://a\uff03b/", "http://\u2100.com/", "http://caf\u00e9.com/", "http://a\u2024b/"]:
    try:
        print(urlsplit(u))
    except ValueError as e:
        print("ValueError", e)
