# conformance: native
# Socket errors with CPython's exception classes, errnos and messages; address and value checks.
import socket


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, "errno", None), e)
    else:
        print(label, "=", repr(result))


print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.gaierror.__module__)

# a port nobody listens on: bind one, close it, connect to it
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
attempt("refused", socket.create_connection, ("127.0.0.1", port))
s = socket.socket()
print("connect_ex", s.connect_ex(("127.0.0.1", port)) == 111)
s.close()

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.settimeout(0.05)
attempt("accept timeout", listener.accept)
listener.setblocking(False)
attempt("accept nonblocking", listener.accept)
print(listener.gettimeout(), listener.getblocking())
listener.settimeout(None)
print(listener.gettimeout(), listener.getblocking())

c = socket.create_connection(listener.getsockname())
conn, _ = listener.accept()
c.settimeout(0.05)
attempt("recv timeout", c.recv, 10)
conn.close()
c.settimeout(1)
print("recv after peer close", c.recv(10))
c.close()
listener.close()

s = socket.socket()
attempt("settimeout -1", s.settimeout, -1)
attempt("settimeout str", s.settimeout, "x")
attempt("recv negative", s.recv, -1)
attempt("getpeername", s.getpeername)
attempt("send unconnected", s.send, b"x")
attempt("getsockname unbound", s.getsockname)
attempt("port too big", s.connect, ("127.0.0.1", 70000))
attempt("port negative", s.bind, ("127.0.0.1", -1))
attempt("port str", s.connect, ("127.0.0.1", "80"))
attempt("host int", s.connect, (1, 2))
attempt("triple", s.bind, ("127.0.0.1", 0, 1))
attempt("not tuple", s.bind, "127.0.0.1")
attempt("bad option", s.setsockopt, socket.SOL_SOCKET, 999, 1)
s.close()
attempt("closed recv", s.recv, 1)
attempt("closed getsockname", s.getsockname)
print("closed fileno", s.fileno())
attempt("close twice", s.close)
attempt("family", socket.socket, 99)
attempt("unknown host", socket.getaddrinfo, "host.invalid", 80)

attempt("inet_aton", socket.inet_aton, "127.0.0.1")
attempt("inet_aton short", socket.inet_aton, "127.1")
attempt("inet_aton hex", socket.inet_aton, "0x7f.1")
attempt("inet_aton bad", socket.inet_aton, "x")
attempt("inet_ntoa", socket.inet_ntoa, b"\x7f\x00\x00\x01")
attempt("inet_ntoa bad", socket.inet_ntoa, b"abc")
attempt("pton4", socket.inet_pton, socket.AF_INET, "10.1.2.3")
attempt("pton4 bad", socket.inet_pton, socket.AF_INET, "1.2.3")
for text in ["::1", "::", "2001:db8::1:0:0:1", "::ffff:1.2.3.4", "fe80::1", "1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
attempt("pton6 bad", socket.inet_pton, socket.AF_INET6, "1::2::3")
attempt("ntop bad length", socket.inet_ntop, socket.AF_INET, b"abc")
attempt("htons", socket.htons, 1)
attempt("ntohs", socket.ntohs, 256)
attempt("htonl", socket.htonl, 1)
attempt("ntohl", socket.ntohl, 0x01020304)
attempt("htons negative", socket.htons, -1)
attempt("htons big", socket.htons, 70000)

print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET))
print(socket.gethostbyname("127.0.0.1"), socket.getservbyname("http", "tcp"), socket.getservbyport(80))
attempt("getservbyname unknown", socket.getservbyname, "no-such-service")
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getdefaulttimeout())
attempt("setdefaulttimeout", socket.setdefaulttimeout, -3)
print(isinstance(socket.gethostname(), str))
