# conformance: native
# http.server and urllib.request round trips: GET, POST, headers, HTTPError bodies, redirects.
import json
import threading
import urllib.error
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def version_string(self):
        return "TestServer/1.0"

    def date_time_string(self, timestamp=None):
        return "Thu, 01 Jan 1970 00:00:00 GMT"

    def do_GET(self):
        if self.path == "/hello":
            body = "héllo wörld".encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Multi", "one")
            self.send_header("X-Multi", "two")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/echo-headers":
            seen = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            body = json.dumps([self.command, self.path, self.request_version, seen], sort_keys=True).encode()
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/hello")
            self.end_headers()
        elif self.path == "/teapot":
            self.send_error(HTTPStatus.IM_A_TEAPOT, "No coffee", "Short and stout")
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.send_response(201, "Made")
        self.send_header("Content-Type", self.headers.get_content_type())
        self.end_headers()
        self.wfile.write(data[::-1])


for server_class in (HTTPServer, ThreadingHTTPServer):
    server = server_class(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    root = "http://127.0.0.1:%d" % server.server_port
    print(server_class.__name__, server.server_address[0])

    with urllib.request.urlopen(root + "/hello", timeout=10) as r:
        print(r.status, r.reason, r.getcode(), r.url == root + "/hello", r.version)
        print(r.headers.get_content_type(), r.headers.get_content_charset(), r.headers["content-length"])
        print(r.headers.get_all("X-Multi"), r.getheader("x-multi"), r.getheader("missing", "dflt"))
        print(r.info()["Server"], r.info()["Date"])
        print([k for k, v in r.getheaders()])
        print(r.read().decode("utf-8"))
        print(r.read(), r.isclosed())

    with urllib.request.urlopen(urllib.request.Request(root + "/echo-headers", headers={"X-Token": "abc"})) as r:
        print(json.loads(r.read()))

    req = urllib.request.Request(root + "/data", data=b"abcdef", headers={"Content-Type": "text/x-test"})
    print(req.get_method(), req.type, req.host == "127.0.0.1:%d" % server.server_port, req.selector)
    with urllib.request.urlopen(req) as r:
        print(r.status, r.reason, r.headers["Content-Type"], r.read())

    with urllib.request.urlopen(root + "/moved") as r:
        print(r.status, r.url == root + "/hello", len(r.read()))

    for path in ("/missing", "/teapot"):
        try:
            urllib.request.urlopen(root + path)
        except urllib.error.HTTPError as e:
            print(e, repr(e), e.code, e.reason, e.headers["Content-Type"], e.headers["Connection"])
            body = e.read().decode()
            print(body)
            print(isinstance(e, urllib.error.URLError), isinstance(e, OSError))

    server.shutdown()
    thread.join()
    server.server_close()

try:
    urllib.request.urlopen(root + "/hello", timeout=5)
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__, e.reason.errno, e)
try:
    urllib.request.urlopen("nope://x")
except urllib.error.URLError as e:
    print(e)
try:
    urllib.request.Request("no scheme")
except ValueError as e:
    print(e)
