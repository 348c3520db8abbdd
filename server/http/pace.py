"""A request body must keep pace, so a client trickling bytes cannot hold a
connection (and what it has sent) for as long as it likes.

The body may take GRACE_SECONDS, plus one second for each MIN_BYTES_PER_SECOND
it has delivered: a phone on the slowest mobile link is far above that rate, a
client sending a byte a second is cut off after GRACE_SECONDS with 408.
"""

from __future__ import annotations

import asyncio

from litestar.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import DomainError

GRACE_SECONDS = 10.0
MIN_BYTES_PER_SECOND = 1024


class BodyTooSlow(DomainError):
    status_code = 408


def body_deadline(started: float, received: int) -> float:
    """The moment by which the next part of a body must have arrived."""
    return started + GRACE_SECONDS + received / MIN_BYTES_PER_SECOND


class BodyPaceMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        started, received, done = loop.time(), 0, False

        async def paced_receive() -> Message:
            nonlocal received, done
            if done:  # the body is in: what follows is the client going away
                return await receive()
            left = body_deadline(started, received) - loop.time()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, left))
            except TimeoutError:
                raise BodyTooSlow(
                    "The request body arrived too slowly; send it again on a better connection."
                ) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                done = not message.get("more_body", False)
            else:
                done = True
            return message

        await self.app(scope, paced_receive, send)
