"""`CECLOG_STORAGE_URL`: where an S3-compatible object store keeps the certificate files.

    s3://bucket/prefix?endpoint=http%3A%2F%2Fhost%3A9000&region=eu-west-1

The prefix is optional; the endpoint (URL-encoded) names a store other than
AWS and turns on path-style addressing, which such stores expect. Credentials
never go in the URL: they come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import msgspec

DEFAULT_REGION = "us-east-1"
# S3's rule for bucket names: 3-63 lowercase letters, digits, dots and hyphens.
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_REGION = re.compile(r"^[a-z0-9-]{1,40}$")
_KEYS = ("endpoint", "region")


class S3Location(msgspec.Struct, frozen=True, kw_only=True):
    bucket: str
    prefix: str = ""
    endpoint: str | None = None
    region: str = DEFAULT_REGION

    @property
    def path_style(self) -> bool:
        return self.endpoint is not None


def parse_storage_url(url: str) -> S3Location:
    """The bucket, prefix, endpoint and region the URL names; ValueError saying what is wrong."""

    def bad(reason: str) -> ValueError:
        return ValueError(f"CECLOG_STORAGE_URL {url[:200]!r}: {reason}")

    parts = urlsplit(url.strip())
    if parts.scheme != "s3":
        raise bad("must start with s3:// (for example s3://bucket/prefix?endpoint=...)")
    if "@" in parts.netloc:
        raise bad("credentials do not go in the URL; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
    if not _BUCKET.match(parts.netloc) or ".." in parts.netloc:
        raise bad(f"{parts.netloc!r} is not a bucket name (3-63 of a-z, 0-9, '.', '-')")
    prefix = parts.path.strip("/")
    if "//" in prefix or any(p in (".", "..") for p in prefix.split("/")):
        raise bad(f"the prefix {prefix!r} has an empty, '.' or '..' part")
    if parts.fragment:
        raise bad("has a '#' part; URL-encode the endpoint")
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise bad("the part after '?' is not name=value pairs joined by '&'") from None
    unknown = sorted(set(query) - set(_KEYS))
    if unknown:
        raise bad(f"unknown setting {unknown[0]!r}; the URL takes endpoint= and region=")
    if any(len(values) > 1 for values in query.values()):
        raise bad("a setting is given twice")
    endpoint = query.get("endpoint", [None])[0]
    if endpoint is not None:
        endpoint = _check_endpoint(endpoint, bad)
    region = query.get("region", [DEFAULT_REGION])[0]
    if not _REGION.match(region):
        raise bad(f"{region!r} is not a region name (like us-east-1)")
    return S3Location(bucket=parts.netloc, prefix=prefix, endpoint=endpoint, region=region)


def _check_endpoint(endpoint: str, bad) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad(f"the endpoint {endpoint!r} must be http(s)://host[:port], URL-encoded")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise bad(f"the endpoint {endpoint!r} has a port that is not a number") from None
    if parts.path.strip("/") or parts.query:
        raise bad(f"the endpoint {endpoint!r} must be only scheme, host and port")
    return f"{parts.scheme}://{parts.netloc}"
