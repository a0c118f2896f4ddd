# urllib.parse and html: splitting URLs, quoting, query strings, escaping.
from urllib.parse import urlparse, urlunparse, urlsplit, urljoin, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
import html
u = urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment, u.geturl())
print(urlsplit("http://x.org/a?b=c"), urlunparse(("http", "h", "/p", "", "a=1", "f")), urldefrag("http://a/b#c"))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/c", "/x"), urljoin("http://a/b/", "g?y"), urljoin("http://a/b", "//other/p"))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%C3%A9%20x"), unquote_plus("a+b%2B"))
print(urlencode({"q": "hello world", "n": 1, "list": ["a", "b"]}), urlencode({"list": ["a", "b"]}, doseq=True))
print(parse_qs("a=1&b=2&a=3&c="), parse_qs("c=", keep_blank_values=True), parse_qsl("x=1&y=%20z"))
print(urlparse("mailto:someone@example.com"), urlparse("//host/path").netloc, urlparse("relative/path").path)
try:
    urlparse("http://host:notaport/").port
except ValueError as e:
    print(type(e).__name__, e)
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<>&", quote=False), html.unescape("&lt;p&gt; &amp; &eacute; &#233; &#x41; &nbsp;|"))
