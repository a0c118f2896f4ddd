# conformance: native
# Datagram sockets: sendto/recvfrom, connect then send/recv, timeouts, truncated datagrams.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(a.type, repr(a.type), a.proto)
print(b.sendto(b"ping", a.getsockname()))
data, sender = a.recvfrom(100)
print(data, sender == b.getsockname())
a.sendto(b"pong", sender)
print(b.recv(100))
b.connect(a.getsockname())
print(b.getpeername() == a.getsockname())
b.send(b"0123456789")
print(a.recv(4))
buf = bytearray(8)
b.send(b"xyz")
print(a.recvfrom_into(buf)[0], buf)
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print("timeout:", e)
a.setblocking(False)
try:
    a.recvfrom(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    c.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
print(c.getsockname()[0])
for s in (a, b, c):
    s.close()
