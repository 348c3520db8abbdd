"""A round-robin TCP balancer on loopback: each new connection goes to the next
backend in turn, like a reverse proxy in front of several `ceclog serve`
processes. Requests of one client therefore land on different processes."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections.abc import Iterator


class Balancer:
    def __init__(self, backends: list[int]) -> None:
        self._turns = itertools.cycle(backends)
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.served: dict[int, int] = dict.fromkeys(backends, 0)
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                port = next(self._turns)
                self.served[port] += 1
            threading.Thread(target=self._serve, args=(client, port), daemon=True).start()

    def _serve(self, client: socket.socket, port: int) -> None:
        try:
            backend = socket.create_connection(("127.0.0.1", port), timeout=30)
        except OSError:
            client.close()  # the process is down: the client sees a dropped connection
            return
        backend.settimeout(None)
        threading.Thread(target=_pipe, args=(backend, client), daemon=True).start()
        _pipe(client, backend)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@contextlib.contextmanager
def balanced(ports: list[int]) -> Iterator[Balancer]:
    balancer = Balancer(ports)
    try:
        yield balancer
    finally:
        balancer.close()
