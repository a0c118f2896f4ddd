# conformance: native
# select.select, select.poll and selectors over sockets: readiness for reading, writing, accepting.
import select
import selectors
import socket

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
print(select.select([listener], [], [], 0))
client = socket.create_connection(listener.getsockname())
r, w, x = select.select([listener], [client], [], 5)
print(r == [listener], w == [client], x)
conn, _ = listener.accept()
print(select.select([conn], [], [], 0.01))
client.sendall(b"data")
r, _, _ = select.select([conn.fileno()], [], [], 5)
print(r == [conn.fileno()])
print(conn.recv(10))

poller = select.poll()
poller.register(conn, select.POLLIN)
print(poller.poll(0))
client.sendall(b"more")
print([(fd == conn.fileno(), ev) for fd, ev in poller.poll(5000)])
conn.recv(10)
poller.modify(conn, select.POLLOUT)
print([(fd == conn.fileno(), ev) for fd, ev in poller.poll(5000)])
poller.unregister(conn)
try:
    poller.unregister(conn)
except KeyError:
    print("KeyError")

for bad in [[-1], ["x"], [object()]]:
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)

with selectors.DefaultSelector() as sel:
    key = sel.register(conn, selectors.EVENT_READ, data="conn")
    print(key.fd == conn.fileno(), key.events, key.data, key.fileobj is conn)
    print(sel.select(0))
    client.sendall(b"x")
    events = sel.select(5)
    print([(k.data, mask) for k, mask in events])
    print(len(sel.get_map()), sel.get_key(conn).data, conn in sel.get_map())
    sel.modify(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
    print(sorted((k.data, m) for k, m in sel.select(5)))
    try:
        sel.register(conn, selectors.EVENT_READ)
    except KeyError as e:
        print("KeyError", "already registered" in str(e))
    sel.unregister(conn)
    try:
        sel.get_key(conn)
    except KeyError as e:
        print("KeyError", "is not registered" in str(e))
    try:
        sel.register(conn, 0)
    except ValueError as e:
        print(e)
for s in (conn, client, listener):
    s.close()
