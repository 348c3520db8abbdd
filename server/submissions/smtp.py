"""Sending the email package through the server's mail relay, when one is configured.

`CECLOG_SMTP_URL` names it:

    smtp://host:25                       plain (a relay on the same machine)
    smtp+starttls://user:pass@host:587   upgraded to TLS before logging in
    smtps://user:pass@host:465           TLS from the first byte

with an optional `?from=address` when the relay only sends from its own
address (the technician's address then goes in Reply-To).
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import msgspec

from server.errors import DomainError

DEFAULT_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}
TIMEOUT_SECONDS = 30


class NotConfigured(DomainError):
    """The server has no way to send mail; the client offers the .eml and share instead."""

    status_code = 503


class RelayFailed(DomainError):
    """The mail relay could not be reached or refused the message."""

    status_code = 502


class SmtpConfig(msgspec.Struct, frozen=True, kw_only=True):
    scheme: str
    host: str
    port: int
    username: str | None = None
    password: str | None = None
    from_address: str | None = None


def parse_smtp_url(url: str | None) -> SmtpConfig:
    if not url:
        raise NotConfigured(
            "Sending email is not set up on this server (CECLOG_SMTP_URL is empty): "
            "download the .eml or share the PDFs instead."
        )
    parts = urlsplit(url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise NotConfigured(
            "CECLOG_SMTP_URL must look like smtp://host:25, smtp+starttls://user:pass@host:587"
            " or smtps://user:pass@host:465."
        )
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        raise NotConfigured("CECLOG_SMTP_URL has a port that is not a number.") from None
    sender = parse_qs(parts.query).get("from", [None])[0]
    return SmtpConfig(
        scheme=parts.scheme,
        host=parts.hostname,
        port=port,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        from_address=sender,
    )


def send_message(config: SmtpConfig, message: EmailMessage) -> None:
    """Hands the message to the relay (blocking; run it in a thread)."""
    outgoing = message
    if "X-Unsent" in outgoing:
        outgoing = _copy(message)
        del outgoing["X-Unsent"]
    context = ssl.create_default_context()
    try:
        if config.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS)
        with client:
            if config.scheme == "smtp+starttls":
                client.starttls(context=context)
            if config.username:
                client.login(config.username, config.password or "")
            refused = client.send_message(outgoing)
    except smtplib.SMTPException as exc:
        raise RelayFailed(f"The mail server did not take the message: {_reason(exc)}") from None
    except (TimeoutError, OSError) as exc:
        raise RelayFailed(
            f"The mail server at {config.host}:{config.port} could not be reached ({exc})."
        ) from None
    if refused:
        raise RelayFailed(f"The mail server refused {', '.join(refused)}.")


def _copy(message: EmailMessage) -> EmailMessage:
    from email import message_from_bytes
    from email.policy import SMTP

    return message_from_bytes(message.as_bytes(policy=SMTP), _class=EmailMessage, policy=SMTP)


def _reason(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else exc.smtp_error
        )
        return f"{exc.smtp_code} {text}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "the recipient was refused"
    return str(exc) or exc.__class__.__name__
