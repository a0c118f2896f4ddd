# urllib.parse's pre-3.8 split* helpers: results, and the DeprecationWarning each raises.
import warnings
import urllib.parse as up
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(up.splittype("HTTP://host/p"), up.splittype("/path"), up.splittype("a:b:c"))
    print(up.splithost("//user@host:80/p?q"), up.splithost("//host"), up.splithost("//host?x"), up.splithost("/path"))
    print(up.splituser("u:p@host"), up.splituser("host"), up.splituser("a@b@c"))
    print(up.splitpasswd("u:p"), up.splitpasswd("u"), up.splitpasswd("u:p:q"))
    print(up.splitport("host:80"), up.splitport("host:"), up.splitport("host"), up.splitport("[::1]:8"), up.splitport("host:8a"))
    print(up.splitnport("host:80"), up.splitnport("host:x"), up.splitnport("host"), up.splitnport("host:", 5), up.splitnport("host", 21))
    print(up.splitquery("/p?a=1?b"), up.splitquery("/p"), up.splittag("/p#a#b"), up.splittag("/p"))
    print(up.splitattr("/p;a=1;b"), up.splitvalue("a=1=2"), up.splitvalue("a"), up.to_bytes("http://x"))
    try:
        up.to_bytes("http://é")
    except UnicodeError as e:
        print("UnicodeError", e)
for w in caught:
    print(w.category.__name__, w.message)
print(up.splittype.__name__, up.unwrap("<URL:type://host/path>"))
