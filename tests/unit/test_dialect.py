"""The one place SQLite and PostgreSQL differ: placeholders, parameters, URLs."""

from __future__ import annotations

import pytest

from server.db.dialect import dialect_of, lock_key, postgres_url, to_pg_params, to_pyformat
from server.settings import Settings


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT 1", "SELECT 1"),
        ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
        ("SELECT '?' || ?", "SELECT '?' || %s"),  # a question mark in a literal stays one
        ("SELECT 5 % ?", "SELECT 5 %% %s"),  # a literal % is escaped for psycopg
        ("SELECT '50%' WHERE x = ?", "SELECT '50%%' WHERE x = %s"),
        ('SELECT "a?b" FROM t WHERE c = ?', 'SELECT "a?b" FROM t WHERE c = %s'),
        ("SELECT 'it''s' WHERE x = ?", "SELECT 'it''s' WHERE x = %s"),
    ],
)
def test_placeholders(sqlite: str, postgresql: str) -> None:
    assert to_pyformat(sqlite) == postgresql


def test_booleans_are_stored_as_0_and_1_on_both() -> None:
    assert to_pg_params([True, False, 2, "x", None]) == [1, 0, 2, "x", None]
    assert to_pg_params({"a": True}) == {"a": 1}


@pytest.mark.parametrize(
    ("url", "dialect"),
    [
        (None, "sqlite"),
        ("", "sqlite"),
        ("postgresql://u:p@db:5432/ceclog", "postgresql"),
        ("postgres://u:p@db/ceclog", "postgresql"),
    ],
)
def test_dialect_of(url: str | None, dialect: str) -> None:
    assert dialect_of(url) == dialect


@pytest.mark.parametrize("url", ["mysql://db/ceclog", "sqlite:///x.db", "db:5432"])
def test_other_databases_are_refused_when_the_settings_are_read(url: str) -> None:
    with pytest.raises(ValueError, match="postgresql://"):
        Settings.from_env({"CECLOG_DATABASE_URL": url})


def test_both_url_spellings_reach_the_same_database() -> None:
    assert postgres_url("postgres://u@h/d") == postgres_url("postgresql://u@h/d")
    settings = Settings.from_env({"CECLOG_DATABASE_URL": "postgres://u@h/d"})
    assert settings.database == "postgres://u@h/d"
    assert Settings.from_env({"CECLOG_DATA_DIR": "/srv/c"}).database.name == "ceclog.db"


def test_lock_keys_are_stable_and_distinct() -> None:
    assert lock_key("sign-up") == lock_key("sign-up")
    assert lock_key("sign-up") != lock_key("ocr claim")
    assert -(2**63) <= lock_key("sign-up") < 2**63
