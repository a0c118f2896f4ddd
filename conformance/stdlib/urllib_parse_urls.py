# urllib.parse splitting and joining: urlsplit/urlparse/urlunsplit/urljoin/urldefrag, result attributes and errors.
from urllib.parse import *
import urllib.parse as up
for c in [('http','','//x','',''), ('http','','p','',''), ('file','','/p','',''), ('file','','','',''), ('','','//a/b','',''), ('mailto','','a@b','',''), ('http','h','p','q','f'),('','','','',''), ('ftp', '', 'x/y', '', '')]:
    print(c, repr(urlunsplit(c)))
for u in ["http://[::1]:80/", "http://[v1.x]/", "http://[1.2.3.4]/", "http://[zz]/", "http://a]b/", "//[::1", "http://u@[fe80::1%25eth0]:8/", "HTTP://X.Org:", "http://x:65536/", "http://x:-1/", "http://x:+1/", "  http://a\tb/c\n", "path;p?q#f", "http://h/p;a;b/c;d", "a:b", "1a:b", "h+x.y-z://n/p"]:
    try:
        r = urlsplit(u)
        print(repr(u), r, r.hostname, end=" ")
        print(r.port, r.username, r.password, urlparse(u))
    except ValueError as e:
        print(repr(u), "ValueError", e)
print(urlsplit(b"http://a/b?c#d"), urlparse(b"http://u:p@h:1/p;x"), urlparse(b"http://h/").hostname)
print(urlsplit("http://a/b#c", allow_fragments=False), urlsplit("x", scheme="ftp"), urlsplit(b"x", scheme=b"ftp"))
try: urljoin("http://a", b"x")
except TypeError as e: print("TypeError", e)
print(urlparse("http://a/b").encode(), urlparse(b"http://a/b").decode(), urldefrag(b"a#b"), urldefrag("a#b").geturl(), urldefrag("a").geturl())
print(urlparse("http://a/b;p?q#f")._replace(fragment="").geturl(), urlsplit("http://a/b?q#f").geturl())
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https:g", "mailto:x"]:
    print(repr(rel), urljoin(base, rel), end=" | ")
print()
print(urljoin("", "a"), urljoin("a", ""), urljoin("http://a/b", "c", allow_fragments=False), urljoin(b"http://a/b/", b"c"))
r = urlparse("http://user:pw@host:80/p")
print(r.scheme, r[1], len(r), r._fields, type(r).__name__, type(r).__mro__[1].__name__, isinstance(r, tuple), r == ("http", "user:pw@host:80", "/p", "", "", ""))
print(SplitResult("a", "b", "c", "d", "e").geturl(), ParseResult("http", "h", "/p", "x", "q", "f").geturl(), DefragResult("u", "f").geturl(), SplitResultBytes(b"h", b"n", b"/p", b"", b"").geturl())
print(urlsplit("http://h/p").hostname, urlsplit("http://H%41/").hostname, urlsplit("http://:80/").hostname, urlsplit("http://:80/").port, urlsplit("http://h:/").port, urlsplit("http://@h").username, urlsplit("http://u:@h").password, urlsplit("http://u:@h").username)
