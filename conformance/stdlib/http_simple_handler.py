# conformance: native
# SimpleHTTPRequestHandler serving a directory: files with guessed types, listings, redirects, 404s.
import functools
import http.client
import os
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "hello.txt"), "w") as f:
        f.write("hello there\n")
    with open(os.path.join(root, "page.html"), "w") as f:
        f.write("<p>hi</p>")
    os.mkdir(os.path.join(root, "sub dir"))
    with open(os.path.join(root, "sub dir", "data.json"), "w") as f:
        f.write("{}")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()

    def fetch(method, path):
        conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        conn.request(method, path)
        r = conn.getresponse()
        body = r.read()
        conn.close()
        return r.status, r.reason, r.getheader("Content-type"), r.getheader("Content-Length"), r.getheader("Location"), body

    for method, path in [("GET", "/hello.txt"), ("GET", "/page.html"), ("HEAD", "/hello.txt"),
                         ("GET", "/sub%20dir/data.json"), ("GET", "/sub%20dir"), ("GET", "/sub%20dir/"),
                         ("GET", "/"), ("GET", "/missing.txt"), ("GET", "/../hello.txt"), ("POST", "/hello.txt")]:
        status, reason, ctype, length, location, body = fetch(method, path)
        print(method, path, status, reason, ctype, length, location)
        print(body.decode())
    server.shutdown()
    thread.join()
    server.server_close()
