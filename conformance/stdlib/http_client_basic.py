# conformance: native
# http.client against a local HTTP/1.1 server: keep-alive, chunked bodies, HEAD, partial reads, errors.
import http.client
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"first ", b"second ", b"third"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        body = ("path=%s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_HEAD = do_GET

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())


server = HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
for path in ("/a", "/b?x=1"):
    conn.request("GET", path)
    r = conn.getresponse()
    print(r.status, r.reason, r.version, r.will_close, r.read())
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.chunked, r.getheader("Transfer-Encoding"), r.read(3), r.read(8), r.read(), r.isclosed())
conn.request("HEAD", "/head")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read())
conn.request("PUT", "/up", body="some text", headers={"X-Test": "1"})
r = conn.getresponse()
print(r.status, r.read())
conn.request("GET", "/lines")
r = conn.getresponse()
print(r.readline(), r.read())
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print(type(e).__name__, e)
conn.putrequest("GET", "/manual")
conn.putheader("X-Many", "a", "b")
conn.endheaders()
print(conn.getresponse().read())
try:
    conn.putheader("X", "y")
except http.client.CannotSendHeader as e:
    print(type(e).__name__)
try:
    conn.request("GET", "/bad path")
except http.client.InvalidURL as e:
    print(e)
conn.close()

try:
    http.client.HTTPConnection("127.0.0.1:notaport")
except http.client.InvalidURL as e:
    print(e)
c = http.client.HTTPConnection("example.org:8080")
print(c.host, c.port)
c = http.client.HTTPConnection("[::1]:81")
print(c.host, c.port)
print(http.client.responses[404], http.client.HTTP_PORT, http.client.NOT_FOUND)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), issubclass(http.client.RemoteDisconnected, http.client.BadStatusLine))
print(repr(http.client.IncompleteRead(b"abc", 5)), repr(http.client.IncompleteRead(b"abc")))
server.shutdown()
thread.join()
server.server_close()
