# conformance: native
# A TCP echo server in a thread: accept, recv/sendall, makefile lines, shutdown and end of stream.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(5)
print(server.getsockname()[0], server.family, server.type, repr(server.family), repr(server.type))
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, server.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))


seen = []


def serve(count):
    for _ in range(count):
        conn, peer = server.accept()
        with conn:
            seen.append(("accepted from", peer[0], conn.gettimeout(), conn.getpeername()[0]))
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data.upper())


worker = threading.Thread(target=serve, args=(2,))
worker.start()

with socket.create_connection(server.getsockname(), timeout=10) as client:
    print(client.gettimeout(), client.getblocking())
    client.sendall(b"hello world")
    got = b""
    while len(got) < 11:
        got += client.recv(100)
    print(got)
    buf = bytearray(5)
    client.sendall(b"abcde")
    n = 0
    view = memoryview(buf)
    while n < 5:
        n += client.recv_into(view[n:])
    print(n, buf)
    reader = client.makefile("rb")
    client.sendall(b"line one\nline two\nlast")
    print(reader.readline(), reader.readline())
    client.shutdown(socket.SHUT_WR)
    print(reader.read())
    reader.close()
    print(client.recv(10))

with socket.socket() as client:
    client.connect(server.getsockname())
    text = client.makefile("rw", encoding="utf-8", newline="")
    text.write("caf\u00e9\n")
    text.flush()
    print(repr(text.readline()), text.mode)
    client.shutdown(socket.SHUT_WR)
    print(repr(text.read()))
    text.close()

worker.join()
print(seen)
server.close()
print(server.fileno(), repr(server).startswith("<socket.socket [closed] fd=-1"))
try:
    server.accept()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
