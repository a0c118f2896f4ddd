# conformance: native
# socketserver: a threading TCP server with a StreamRequestHandler, a UDP server, handle_request.
import socket
import socketserver
import threading


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b"got " + self.rfile.read())


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as server:
    print(server.server_address[0], server.socket_type, server.address_family)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    for word in ["alpha", "beta"]:
        with socket.create_connection(server.server_address) as c:
            f = c.makefile("rwb")
            f.write(word.encode() + b"\nsecond\n")
            f.flush()
            print(f.readline(), f.readline())
            f.close()
    server.shutdown()
    thread.join()
print("tcp done")

with socketserver.UDPServer(("127.0.0.1", 0), Echo) as server:
    client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    client.sendto(b"hello", server.server_address)
    server.handle_request()
    print(client.recv(100))
    client.close()


class Failing(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup")

    def handle(self):
        print("handle", self.request.recv(10))

    def finish(self):
        print("finish")


with socketserver.TCPServer(("127.0.0.1", 0), Failing) as server:
    server.timeout = 0.05
    server.handle_timeout = lambda: print("timed out")
    server.handle_request()
    with socket.create_connection(server.server_address) as c:
        c.sendall(b"ping")
        server.handle_request()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn))
