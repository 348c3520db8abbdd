"""CECLOG_STORAGE_URL: what each URL names, and what a bad one is told."""

from __future__ import annotations

import pytest

from server.documents.storage_s3 import Part, contiguous_run, current_upload
from server.documents.storage_url import S3Location, parse_storage_url
from server.settings import Settings

LOCAL = "endpoint=http%3A%2F%2F127.0.0.1%3A9000"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("s3://certs", S3Location(bucket="certs")),
        ("s3://certs/", S3Location(bucket="certs")),
        ("s3://certs/ceclog/prod/", S3Location(bucket="certs", prefix="ceclog/prod")),
        (
            f"s3://certs/ceclog?{LOCAL}&region=eu-west-1",
            S3Location(
                bucket="certs",
                prefix="ceclog",
                endpoint="http://127.0.0.1:9000",
                region="eu-west-1",
            ),
        ),
        (  # not encoded still reads the same, as long as it holds no '&' or '#'
            "s3://my.certs-2024?endpoint=https://s3.example.com",
            S3Location(bucket="my.certs-2024", endpoint="https://s3.example.com"),
        ),
        ("s3://certs?region=ca-central-1", S3Location(bucket="certs", region="ca-central-1")),
    ],
)
def test_good_urls(url: str, expected: S3Location) -> None:
    assert parse_storage_url(url) == expected
    assert parse_storage_url(url).path_style is (expected.endpoint is not None)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://certs.s3.amazonaws.com", "must start with s3://"),
        ("certs/prefix", "must start with s3://"),
        ("s3://key:secret@certs", "credentials do not go in the URL"),
        ("s3://", "is not a bucket name"),
        ("s3://Certs", "is not a bucket name"),
        ("s3://ab", "is not a bucket name"),
        ("s3://certs:9000", "is not a bucket name"),
        ("s3://certs/a//b", "empty, '.' or '..' part"),
        ("s3://certs/a/../b", "empty, '.' or '..' part"),
        ("s3://certs?endpoint=localhost:9000", "must be http(s)://host[:port]"),
        ("s3://certs?endpoint=http%3A%2F%2Fhost%3Anine", "port that is not a number"),
        ("s3://certs?endpoint=http%3A%2F%2Fhost%2Fpath", "only scheme, host and port"),
        ("s3://certs?endpoint=http://host:9000#x", "has a '#' part"),
        ("s3://certs?bucket=other", "unknown setting 'bucket'"),
        ("s3://certs?region=eu-west-1&region=us-east-1", "given twice"),
        ("s3://certs?region=Europe/Paris", "is not a region name"),
        ("s3://certs?region", "not name=value pairs"),
    ],
)
def test_bad_urls_say_what_is_wrong(url: str, says: str) -> None:
    with pytest.raises(ValueError, match="CECLOG_STORAGE_URL") as caught:
        parse_storage_url(url)
    assert says in str(caught.value)


def test_a_bad_url_stops_the_settings_and_none_means_files() -> None:
    with pytest.raises(ValueError, match="must start with s3://"):
        Settings.from_env({"CECLOG_STORAGE_URL": "minio://certs"})
    assert Settings.from_env({}).storage_url is None
    assert Settings.from_env({"CECLOG_STORAGE_URL": ""}).storage_url is None
    url = f"s3://certs/ceclog?{LOCAL}"
    assert Settings.from_env({"CECLOG_STORAGE_URL": url}).storage_url == url


def parts(*spans: tuple[int, int], total: int = 100, modified: float = 0.0) -> list[Part]:
    return [Part(f"k{offset}-{total}", total, offset, size, modified) for offset, size in spans]


@pytest.mark.parametrize(
    ("spans", "offsets"),
    [
        ([], []),
        ([(0, 10), (10, 10), (20, 5)], [0, 10, 20]),
        ([(20, 5), (0, 10), (10, 10)], [0, 10, 20]),  # listed in any order
        ([(10, 10)], []),  # no start: nothing to resume
        ([(0, 10), (30, 10)], [0]),  # beyond a gap
        ([(0, 10), (5, 10), (10, 10)], [0, 10]),  # overlapping
    ],
)
def test_the_upload_resumes_where_the_parts_stop_being_contiguous(spans, offsets) -> None:
    assert [p.offset for p in contiguous_run(parts(*spans))] == offsets


def test_of_two_totals_the_newest_upload_counts() -> None:
    old = parts((0, 10), (10, 10), total=100, modified=1.0)
    new = parts((0, 10), total=50, modified=2.0)
    assert [(p.total, p.offset) for p in current_upload(old + new)] == [(50, 0)]
