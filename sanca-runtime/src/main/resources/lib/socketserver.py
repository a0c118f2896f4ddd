"""Frameworks for network servers: a server class owns the listening socket and hands each
request to a new instance of a request handler class; mix-ins serve requests in threads."""

__version__ = "0.4"

import contextlib
import selectors
import socket
import sys
import threading
from io import BufferedIOBase, BytesIO
from time import monotonic as _now

__all__ = [kind + "Server" for kind in ("Base", "TCP", "UDP", "ThreadingUDP", "ThreadingTCP")]
__all__ += [kind + "RequestHandler" for kind in ("Base", "Stream", "Datagram")] + ["ThreadingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__ += [prefix + "Unix" + kind + "Server" for prefix in ("", "Threading") for kind in ("Stream", "Datagram")]

_ServerSelector = getattr(selectors, "PollSelector", selectors.SelectSelector)


class BaseServer:
    """A server: waits for requests on its file descriptor and has each handled by
    RequestHandlerClass(request, client_address, server)."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = server_address, RequestHandlerClass
        self.__stopped = threading.Event()
        self.__stop_asked = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests until shutdown() is called, checking for it every poll_interval seconds."""
        self.__stopped.clear()
        try:
            while not self.__stop_asked:
                ready = self._readable_within(poll_interval)
                if self.__stop_asked:
                    break
                if ready:
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self.__stop_asked = False
            self.__stopped.set()

    def shutdown(self):
        """Stops serve_forever() and waits until it has returned; call it from another thread."""
        self.__stop_asked = True
        self.__stopped.wait()

    def service_actions(self):
        """Called once per turn of serve_forever(); subclasses add periodic work here."""

    def handle_request(self):
        """Waits for one request (at most self.timeout seconds) and handles it."""
        limit = self.socket.gettimeout()
        if limit is None:
            limit = self.timeout
        elif self.timeout is not None:
            limit = min(limit, self.timeout)
        deadline = None if limit is None else _now() + limit
        while not self._readable_within(limit):
            if deadline is not None:
                limit = deadline - _now()
                if limit < 0:
                    return self.handle_timeout()
        return self._handle_request_noblock()

    def _readable_within(self, timeout):
        """Whether a request arrives within timeout seconds (None: waits as long as it takes)."""
        with _ServerSelector() as waiter:
            waiter.register(self, selectors.EVENT_READ)
            return bool(waiter.select(timeout))

    def _handle_request_noblock(self):
        try:
            conn, peer = self.get_request()
        except OSError:
            return
        if not self.verify_request(conn, peer):
            self.shutdown_request(conn)
            return
        try:
            self.process_request(conn, peer)
        except BaseException as exc:
            if isinstance(exc, Exception):
                self.handle_error(conn, peer)
            self.shutdown_request(conn)
            if not isinstance(exc, Exception):
                raise

    def handle_timeout(self):
        """Called when handle_request() waited self.timeout without a request."""

    def verify_request(self, request, client_address):
        """Whether to handle this request at all (a subclass may filter clients here)."""
        return True

    def process_request(self, request, client_address):
        """Handles the request at once, in this thread; ThreadingMixIn overrides it."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Releases the server's resources."""

    def finish_request(self, request, client_address):
        """Handles a request by making an instance of RequestHandlerClass for it."""
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self)

    def shutdown_request(self, request):
        """Ends a handled request; the base class only closes it."""
        self.close_request(request)

    def close_request(self, request):
        """Releases what a request holds; nothing for the base class."""

    def handle_error(self, request, client_address):
        """Reports an exception a handler raised, on stderr, and carries on serving."""
        import traceback
        rule = "-" * 40
        print(rule, file=sys.stderr)
        print("Exception occurred during processing of request from", client_address, file=sys.stderr)
        traceback.print_exc()
        print(rule, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Binds the socket to server_address, then records the address it got."""
        sock = self.socket
        for wanted, option in ((self.allow_reuse_address, "SO_REUSEADDR"), (self.allow_reuse_port, "SO_REUSEPORT")):
            if wanted and hasattr(socket, option):
                sock.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        """Starts listening, with request_queue_size connections allowed to wait."""
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        """Closes the listening socket."""
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor, which serve_forever() waits on."""
        return self.socket.fileno()

    def get_request(self):
        """Accepts a connection: (the connected socket, the client's address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Ends the connection: the client sees the end of the response, then it is closed."""
        with contextlib.suppress(OSError):
            request.shutdown(socket.SHUT_WR)
        self.close_request(request)

    def close_request(self, request):
        """Closes the connection's socket."""
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each request is one packet."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        """One datagram: ((its bytes, the server socket), the sender's address)."""
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        """Nothing to do: a datagram socket does not listen."""

    def shutdown_request(self, request):
        """A datagram has no connection to end; only close_request() is called."""
        self.close_request(request)

    def close_request(self, request):
        """Nothing to release: the socket is the server's own."""


class _Workers(list):
    """The threads serving requests; finished ones are dropped as new ones come."""

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        if not thread.daemon:
            super().append(thread)

    def pop_all(self):
        threads = self[:]
        self.clear()
        return threads

    def join(self):
        for thread in self.pop_all():
            thread.join()


class _NoWorkers:
    """Stands in for _Workers when the server does not wait for its threads."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Serves each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoWorkers()

    def process_request_thread(self, request, client_address):
        """What each request's thread runs: the handler, errors reported, then the shutdown."""
        conn, peer = request, client_address
        try:
            self.finish_request(conn, peer)
        except Exception:
            self.handle_error(conn, peer)
        finally:
            self.shutdown_request(conn)

    def process_request(self, request, client_address):
        """Starts a thread handling the request (a daemon one if daemon_threads)."""
        if self.block_on_close:
            vars(self).setdefault("_threads", _Workers())
        worker = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        """Closes the server, then waits for the request threads (when block_on_close)."""
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, "AF_UNIX"):
    class UnixStreamServer(TCPServer):
        """A stream server on a Unix domain socket (server_address is a path)."""
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        """A datagram server on a Unix domain socket."""
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Handles one request: setup(), handle(), then finish() whatever happened."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        """Prepares for handle(); called first, from the constructor."""

    def handle(self):
        """Serves the request; subclasses put their work here."""

    def finish(self):
        """Cleans up after handle(), even when it raised."""


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream requests, reading self.rfile and writing self.wfile."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        """Makes rfile and wfile over the connection, applying timeout and Nagle settings."""
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile("rb", self.rbufsize)
        self.wfile = conn.makefile("wb", self.wbufsize) if self.wbufsize else _SocketWriter(conn)

    def finish(self):
        """Flushes what is left in wfile (a client gone away is not an error), then closes both files."""
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered writer that sends all it is given at once (what wfile is when
    wbufsize is 0, so each write reaches the client without a flush)."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        return memoryview(b).nbytes

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagram requests: self.rfile holds the packet, self.wfile the reply."""

    def setup(self):
        """Puts the datagram in rfile and an empty buffer for the reply in wfile."""
        packet, sock = self.request
        self.packet, self.socket = packet, sock
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        """Sends what the handler wrote to wfile back to the client, as one datagram."""
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
