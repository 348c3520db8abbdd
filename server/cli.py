"""ceclog serve | worker | migrate | check | user add | extract | export | import"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from server.db.connection import Database, describe, migrate
from server.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"ceclog: {exc}", file=sys.stderr)
        return 2
    return args.handler(settings, args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ceclog", description=__doc__)
    commands = parser.add_subparsers(title="commands")

    serve = _command(commands, "serve", cmd_serve, "serve the app and the API")
    serve.add_argument("--host", help="address to listen on (CECLOG_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (CECLOG_PORT, default 8000)")

    worker = _command(
        commands,
        "worker",
        cmd_worker,
        "read queued certificates with OCR, apart from the web processes",
    )
    worker.description = (
        "Claim OCR jobs from the database's queue and read them, each under a lease"
        " renewed while it works (CECLOG_OCR_LEASE_SECONDS, default 60): a worker"
        " killed mid-job loses nothing, its job returns to the queue when the lease"
        " runs out. Run as many as needed, on any machine sharing the database and"
        " the documents; set CECLOG_OCR_WORKERS=0 on the web processes to leave OCR"
        " to the workers. SIGTERM hands the jobs being read back to the queue and exits."
    )
    worker.add_argument(
        "--concurrency",
        type=_positive,
        default=max(1, os.cpu_count() or 1),
        metavar="N",
        help="jobs read at once (default: the number of cores, %(default)s here)",
    )

    _command(commands, "migrate", cmd_migrate, "bring the database up to date")
    _command(
        commands,
        "check",
        cmd_check,
        "check tesseract, the data directory, the certificate store and the database",
    )

    extract = _command(
        commands, "extract", cmd_extract, "read certificates with OCR, one JSON line each"
    )
    extract.add_argument(
        "files", nargs="+", metavar="FILE", help="photos (JPEG, PNG, WebP, HEIC) or PDFs"
    )

    move = _command(
        commands,
        "move",
        cmd_move,
        "copy this one-box install (CECLOG_DATA_DIR) into PostgreSQL and an object store",
    )
    move.description = (
        "Copy the SQLite database and the certificate files under CECLOG_DATA_DIR into"
        " hosted mode: every table row for row into an empty PostgreSQL database, every"
        " file and derivative into the object store; then count both sides. Stop"
        " `ceclog serve` first. The source is left as it was."
    )
    move.add_argument(
        "--to-database", metavar="URL", help="postgresql://user:pass@host:5432/db (empty)"
    )
    move.add_argument("--to-storage", metavar="URL", help="s3://bucket/prefix?endpoint=…&region=…")

    export = _command(commands, "export", cmd_export, "write a user's backup ZIP")
    export.add_argument("--user", required=True, metavar="EMAIL", help="the account's email")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the ZIP to write")
    restore = _command(commands, "import", cmd_import, "restore a backup ZIP into a user's account")
    restore.add_argument("--user", required=True, metavar="EMAIL", help="the account's email")
    restore.add_argument("file", type=Path, metavar="FILE", help="a ZIP made by ceclog export")

    user = commands.add_parser("user", help="manage accounts").add_subparsers(title="user commands")
    add = _command(user, "add", cmd_user_add, "create an account, whatever CECLOG_SIGNUP says")
    add.add_argument("email")
    add.add_argument("--name", required=True, help="full name as on the IICRC profile")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from standard input",
    )
    reset = _command(user, "password", cmd_user_password, "set a new password for an account")
    reset.add_argument("email")
    reset.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the new password from standard input",
    )
    return parser


def _command(commands, name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.http.slow_headers import HeaderDeadlineProtocol

    settings = Settings.from_env(host=args.host, port=args.port)
    migrate(settings.database)  # under a lock on PostgreSQL: many may start at once
    print(
        f"ceclog: serving http://{settings.host}:{settings.port}"
        f" (data in {settings.data_dir}, database {describe(settings.database)})",
        flush=True,
    )
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        # The app reads X-Forwarded-* itself, from CECLOG_TRUSTED_PROXIES only.
        proxy_headers=False,
        http=HeaderDeadlineProtocol,  # headers sent a byte at a time are cut off
    )
    return 0


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    from server.documents.worker import run_worker

    return run_worker(settings, args.concurrency)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def cmd_migrate(settings: Settings, _: argparse.Namespace) -> int:
    applied = migrate(settings.database)
    print(
        f"ceclog: {describe(settings.database)}: "
        + (f"applied {', '.join(applied)}" if applied else "up to date")
    )
    return 0


def cmd_check(settings: Settings, _: argparse.Namespace) -> int:
    ok = True
    tesseract = shutil.which("tesseract")
    if tesseract:
        version = subprocess.run([tesseract, "--version"], capture_output=True, text=True)
        first = (version.stdout or version.stderr).splitlines()[0]
        print(f"ok    tesseract: {first} ({tesseract})")
        ok = _check_language_data() and ok
    else:
        ok = False
        print("FAIL  tesseract: not found; install it: sudo apt-get install -y tesseract-ocr")
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=settings.data_dir):
            pass
        print(f"ok    data directory: {settings.data_dir.resolve()} is writable")
    except OSError as exc:
        ok = False
        print(f"FAIL  data directory: {settings.data_dir} is not writable ({exc.strerror})")
    ok = _check_store(settings) and ok
    if settings.database_url:
        ok = _check_postgres(settings.database_url) and ok
    else:
        ok = _check_database(settings.db_path) and ok
    return 0 if ok else 1


def _check_store(settings: Settings) -> bool:
    from server.documents.storage import open_store

    try:
        print(f"ok    certificate files: {open_store(settings).describe()}")
    except Exception as exc:  # any reason the store cannot be used is the answer here
        print(f"FAIL  certificate files: {exc}")
        return False
    return True


def _check_language_data() -> bool:
    from server.ocr.tesseract import PACKAGES, missing_languages

    missing = missing_languages()
    if missing:
        packages = " ".join(PACKAGES[lang] for lang in missing)
        print(
            f"FAIL  tesseract language data: {', '.join(missing)} missing;"
            f" install it: sudo apt-get install -y {packages}"
        )
        return False
    print("ok    tesseract language data: Latin (accents kept)")
    return True


def _check_database(path: Path) -> bool:
    import sqlite3

    from server.db.migrations import pending_migrations

    if not path.exists():
        print(f"FAIL  database: {path} does not exist yet; run 'ceclog migrate'")
        return False
    conn = sqlite3.connect(path)
    try:
        pending = pending_migrations(conn)
        integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if pending:
        print(
            f"FAIL  database: {len(pending)} migration(s) not applied ({', '.join(pending)});"
            " run 'ceclog migrate'"
        )
        return False
    if integrity != "ok":
        print(f"FAIL  database: integrity check says {integrity}")
        return False
    print(f"ok    database: {path} is migrated and intact")
    return True


def _check_postgres(url: str) -> bool:
    import psycopg

    from server.db.postgres import pending_postgres, redacted

    name = redacted(url)
    try:
        pending = pending_postgres(url)
    except psycopg.Error as exc:
        print(f"FAIL  database: cannot reach {name} ({str(exc).strip().splitlines()[0]})")
        return False
    if pending:
        print(
            f"FAIL  database: {len(pending)} migration(s) not applied on {name}"
            f" ({', '.join(pending)}); run 'ceclog migrate'"
        )
        return False
    print(f"ok    database: {name} (PostgreSQL) is migrated")
    return True


def cmd_extract(_: Settings, args: argparse.Namespace) -> int:
    from server.ocr.cli import run_extract

    return run_extract(args.files)


def cmd_move(settings: Settings, args: argparse.Namespace) -> int:
    from server.move import run_move

    return run_move(settings, args.to_database, args.to_storage)


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    from server.exports.cli import run_export

    return run_export(settings, args.user, args.out)


def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    from server.exports.cli import run_import

    return run_import(settings, args.user, args.file)


def cmd_user_add(settings: Settings, args: argparse.Namespace) -> int:
    from server.accounts.models import RegisterIn
    from server.accounts.service import add_user

    password = sys.stdin.readline().rstrip("\r\n")

    def check() -> RegisterIn:
        return _validated(RegisterIn, email=args.email, password=password, full_name=args.name)

    async def add(db: Database, data: RegisterIn) -> str:
        user = await add_user(db, data.email, data.full_name, data.password)
        return f"created account {user.email} ({user.full_name})"

    return _run_with_db(settings, check, add)


def cmd_user_password(settings: Settings, args: argparse.Namespace) -> int:
    from server.accounts.reset import NewPassword, reset_password

    password = sys.stdin.readline().rstrip("\r\n")

    async def reset(db: Database, data: NewPassword) -> str:
        ended = await reset_password(db, args.email, data.password)
        return f"new password set for {args.email}; {ended} session(s) signed out"

    return _run_with_db(settings, lambda: _validated(NewPassword, password=password), reset)


def _run_with_db(settings: Settings, check: Callable, work: Callable) -> int:
    """`work(db, check())`: 2 when check finds the input invalid (before the database
    is opened), 1 when the domain refuses, 0 with work's message."""
    from server.errors import DomainError

    try:
        data = check()
    except ValueError as exc:
        print(f"ceclog: {exc}", file=sys.stderr)
        return 2

    async def run() -> int:
        db = await Database.open(settings.database)
        try:
            print(f"ceclog: {await work(db, data)}")
            return 0
        except DomainError as exc:
            print(f"ceclog: {exc.detail}", file=sys.stderr)
            return 1
        finally:
            await db.close()

    return asyncio.run(run())


def _validated(struct: type, **values: object):  # noqa: ANN202
    import msgspec

    try:
        return msgspec.convert(values, type=struct)
    except msgspec.ValidationError as exc:
        raise ValueError(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main(os.sys.argv[1:]))
