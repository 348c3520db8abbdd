"""Every setting ceclog reads from the environment, in one place."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Literal

import msgspec

from server.db.dialect import dialect_of
from server.documents.storage_url import parse_storage_url

SignupMode = Literal["first", "open", "closed"]


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    data_dir: Path = Path("data")
    host: str = "127.0.0.1"
    port: int = 8000
    signup: SignupMode = "first"
    ocr_workers: int = max(1, os.cpu_count() or 1)
    # How long a claimed OCR job is a worker's before another may take it over;
    # renewed while the worker reads.
    ocr_lease_seconds: int = 60
    max_upload_mb: int = 25
    secure_cookies: bool = False
    smtp_url: str | None = None
    # s3://bucket/prefix?endpoint=…&region=…: files in an object store; None: under data_dir.
    storage_url: str | None = None
    # Hosted mode (DESIGN §3): PostgreSQL instead of the SQLite file in data_dir.
    database_url: str | None = None
    # Proxies whose X-Forwarded-For is believed: addresses or networks, comma-separated.
    trusted_proxies: str = ""
    web_dir: Path = Path(__file__).resolve().parent.parent / "web"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "ceclog.db"

    @property
    def database(self) -> Path | str:
        """What `Database.open` and `migrate` take: the PostgreSQL URL, or the SQLite file."""
        return self.database_url or self.db_path

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        if "CECLOG_DATA_DIR" in env:
            values["data_dir"] = Path(env["CECLOG_DATA_DIR"])
        if "CECLOG_HOST" in env:
            values["host"] = env["CECLOG_HOST"]
        if "CECLOG_PORT" in env:
            values["port"] = _int(env, "CECLOG_PORT")
        if "CECLOG_SIGNUP" in env:
            mode = env["CECLOG_SIGNUP"].strip().lower()
            if mode not in ("first", "open", "closed"):
                raise ValueError("CECLOG_SIGNUP must be one of: first, open, closed")
            values["signup"] = mode
        if "CECLOG_OCR_WORKERS" in env:
            values["ocr_workers"] = max(0, _int(env, "CECLOG_OCR_WORKERS"))
        if "CECLOG_OCR_LEASE_SECONDS" in env:
            values["ocr_lease_seconds"] = _int_between(env, "CECLOG_OCR_LEASE_SECONDS", 2, 60)
        if "CECLOG_MAX_UPLOAD_MB" in env:
            values["max_upload_mb"] = max(1, _int(env, "CECLOG_MAX_UPLOAD_MB"))
        if "CECLOG_SECURE_COOKIES" in env:
            values["secure_cookies"] = env["CECLOG_SECURE_COOKIES"].strip().lower() in (
                "1",
                "true",
                "yes",
                "on",
            )
        if "CECLOG_TRUSTED_PROXIES" in env:
            values["trusted_proxies"] = ",".join(parse_networks(env["CECLOG_TRUSTED_PROXIES"]))
        if env.get("CECLOG_STORAGE_URL"):
            parse_storage_url(env["CECLOG_STORAGE_URL"])  # a bad URL stops the start, saying why
            values["storage_url"] = env["CECLOG_STORAGE_URL"].strip()
        if env.get("CECLOG_SMTP_URL"):
            values["smtp_url"] = env["CECLOG_SMTP_URL"]
        if env.get("CECLOG_DATABASE_URL"):
            dialect_of(env["CECLOG_DATABASE_URL"])  # refuses any other scheme
            values["database_url"] = env["CECLOG_DATABASE_URL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def parse_networks(text: str) -> list[str]:
    """`CECLOG_TRUSTED_PROXIES`: addresses or networks, separated by commas or spaces."""
    items = text.replace(",", " ").split()
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(
                f"CECLOG_TRUSTED_PROXIES: {item!r} is not an IP address or network"
            ) from None
    return items


def _int(env: dict[str, str], name: str) -> int:
    try:
        return int(env[name])
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {env[name]!r}") from None


def _int_between(env: dict[str, str], name: str, low: int, high: int) -> int:
    value = _int(env, name)
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    return value
