"""Push and pull: the server side of the sync protocol (DESIGN §4, Sync).

Push applies a device's mutations in one write transaction, each through the
same service functions the REST endpoints use, with the device as its origin.
Pull pages through the user's change numbers: every row written after the
cursor, tombstones included, read from one snapshot so that the rows, the
cursor and `last_mutation_id` agree.
"""

from __future__ import annotations

from server.accounts import repo as accounts_repo
from server.accounts import service as accounts
from server.db.changes import current_change_seq
from server.db.connection import Connection, Database
from server.entries import repo as entries_repo
from server.entries import service as entries
from server.entries.models import Entry, patch_values
from server.errors import Conflict, DomainError, Forbidden
from server.events import repo as events_repo
from server.events import service as events
from server.events.models import Event
from server.fields import iso_now
from server.sync import repo
from server.sync.merge import device_origin, now_ms
from server.sync.models import (
    DeleteEntry,
    DeleteEvent,
    Mutation,
    MutationIn,
    PatchEntry,
    PatchProfile,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    PutEntry,
    PutEvent,
    Rejected,
    Rejection,
    RestoreEntry,
    decode_mutation,
    record_id_of,
)
from server.sync.views import ViewCache, view_cache


def _not_yours() -> Forbidden:
    return Forbidden("This client_id belongs to another account; make a new one for this device.")


class _RefusedAfterWriting(Exception):
    """A rule refused a mutation after part of it was written."""


async def push(db: Database, user_id: int, request: PushRequest) -> PushResponse:
    """Apply the mutations the server has not seen yet, in id order, all or none."""
    ordered = sorted(request.mutations, key=lambda m: m.id)
    # Decoded before taking the write lock, which is then held for writing only.
    decoded = _decode_all(ordered)
    try:
        return await _push(db, user_id, request, ordered, decoded, careful=False)
    except _RefusedAfterWriting:
        # The whole transaction rolled back; again, each mutation in a savepoint.
        return await _push(db, user_id, request, ordered, decoded, careful=True)


def _decode_all(ordered: list[MutationIn]) -> dict[int, Mutation | str]:
    """Each mutation id's typed mutation, or why it cannot be one.

    A batch may carry an id twice; the first one is the one applied.
    """
    decoded: dict[int, Mutation | str] = {}
    for envelope in ordered:
        if envelope.id not in decoded:
            try:
                decoded[envelope.id] = decode_mutation(envelope)
            except ValueError as exc:
                decoded[envelope.id] = str(exc)
    return decoded


async def _push(
    db: Database,
    user_id: int,
    request: PushRequest,
    ordered: list[MutationIn],
    decoded: dict[int, Mutation | str],
    careful: bool,
) -> PushResponse:
    server_now = now_ms()

    async def apply_all(tx: Connection) -> tuple[int, list[Rejected], list]:
        client = await repo.find_client(tx, request.client_id)
        if client is None:
            await repo.add_client(tx, request.client_id, user_id, iso_now())
            last = 0
        elif client["user_id"] != user_id:
            raise _not_yours()
        else:
            last = client["last_mutation_id"]
        todo = _new_mutations(ordered, last)
        rejected: list[Rejected] = []
        for envelope in todo:
            reason = await _apply(
                tx, user_id, request.client_id, envelope, decoded[envelope.id], server_now, careful
            )
            if reason is not None:
                rejected.append(Rejected(id=envelope.id, reason=reason))
                await repo.insert_rejection(
                    tx,
                    user_id=user_id,
                    client_id=request.client_id,
                    mutation_id=envelope.id,
                    name=envelope.name,
                    record_id=record_id_of(envelope),
                    reason=reason,
                    now=iso_now(),
                )
        if todo:
            await repo.set_last_mutation_id(tx, request.client_id, todo[-1].id, iso_now())
        # A retried push answers as the first did: its refusals are told again.
        earlier = []
        if ordered and ordered[0].id <= last:
            earlier = await repo.rejections_between(tx, request.client_id, ordered[0].id, last)
        return todo[-1].id if todo else last, rejected, earlier

    # One trip to the writer's thread for the whole push: the lock is held for
    # the work, not for a trip there and back per statement.
    last, rejected, earlier = await db.write(apply_all, user_id=user_id)
    sent = {m.id for m in ordered}
    told = [
        Rejected(id=row["mutation_id"], reason=row["reason"])
        for row in earlier
        if row["mutation_id"] in sent
    ]
    return PushResponse(last_mutation_id=last, rejected=told + rejected)


def _new_mutations(ordered: list[MutationIn], last: int) -> list[MutationIn]:
    """The mutations after `last`, which must follow it without a gap."""
    todo: list[MutationIn] = []
    expected = last + 1
    for envelope in ordered:
        if envelope.id < expected:
            continue  # applied before (or twice in this batch): a retry is harmless
        if envelope.id > expected:
            raise Conflict(
                f"Mutation {envelope.id} arrived but the server has applied up to {last}:"
                f" send the mutations after {last}, in order.",
                last_mutation_id=last,
            )
        todo.append(envelope)
        expected += 1
    return todo


async def _apply(
    tx: Connection,
    user_id: int,
    client_id: str,
    envelope: MutationIn,
    mutation: Mutation | str,
    server_now: int,
    careful: bool,
) -> str | None:
    """Apply one mutation; returns why it was refused, or None.

    The rules refuse before they write, so a savepoint per mutation (two more
    trips to the database each) is only paid when one did not: `total_changes`
    tells, and the push starts over carefully.
    """
    if isinstance(mutation, str):
        return mutation  # it did not decode
    origin = device_origin(client_id, envelope.ts, mutation.args.base_version, server_now)
    written = tx.total_changes
    try:
        if careful:
            async with repo.savepoint(tx):
                await _dispatch(tx, user_id, mutation, origin)
        else:
            await _dispatch(tx, user_id, mutation, origin)
    except DomainError as exc:
        if not careful and tx.total_changes != written:
            raise _RefusedAfterWriting from exc
        return exc.detail
    return None


async def _dispatch(tx: Connection, user_id: int, mutation: Mutation, origin) -> None:
    match mutation:
        case PutEntry(args=args):
            await entries.put_entry(tx, user_id, args.id, args, origin)
        case PatchEntry(args=args):
            await entries.patch_entry(tx, user_id, args.id, patch_values(args.set), origin)
        case DeleteEntry(args=args):
            await entries.delete_entry(tx, user_id, args.id, origin)
        case RestoreEntry(args=args):
            await entries.restore_entry(tx, user_id, args.id, origin)
        case PutEvent(args=args):
            await events.put_event(tx, user_id, args.id, args, origin)
        case DeleteEvent(args=args):
            await events.delete_event(tx, user_id, args.id, origin)
        case PatchProfile(args=args):
            await accounts.apply_profile_patch(
                tx, user_id, accounts.profile_values(args.set), origin
            )


def encode_cursor(epoch: str, change_seq: int) -> str:
    return f"{epoch}.{change_seq}"


def decode_cursor(cursor: str, epoch: str) -> int | None:
    """The change number in a cursor this database made, or None."""
    prefix, _, number = cursor.partition(".")
    if prefix != epoch or not number.isdigit():
        return None
    return int(number)


async def pull(db: Database, user_id: int, request: PullRequest) -> PullResponse:
    async with db.snapshot() as conn:
        client = await repo.find_client(conn, request.client_id)
        if client is not None and client["user_id"] != user_id:
            raise _not_yours()
        last = client["last_mutation_id"] if client else 0
        after = await _cursor_position(conn, user_id, request.cursor, known=client is not None)
        if after is None:
            return _reset(last)
        page = await _page(conn, view_cache(db), user_id, after, request.limit, last)
    if client is None:
        # Known from now on, so its next cursor is served rather than reset.
        async with db.transaction(user_id) as tx:
            await repo.add_client(tx, request.client_id, user_id, iso_now())
    return page


async def _cursor_position(conn: Connection, user_id: int, cursor: str | None, *, known: bool):
    """Where to read from, or None when the device must drop its copy and start over."""
    if cursor is None:
        return 0
    if not known:
        return None  # the server has no record of this device (a restored database)
    position = decode_cursor(cursor, await repo.epoch(conn))
    if position is None or position > await current_change_seq(conn, user_id):
        return None
    return position


def _reset(last: int) -> PullResponse:
    return PullResponse(
        cursor=None,
        last_mutation_id=last,
        entries=[],
        events=[],
        profile=None,
        more=False,
        reset=True,
    )


async def _page(
    conn: Connection, views: ViewCache, user_id: int, after: int, limit: int, last: int
) -> PullResponse:
    """Up to `limit` rows changed after `after`: entries, events and profile in one order."""
    changed: list[tuple[int, str, Entry | Event | None]] = []
    for seq, entry in await entries_repo.entries_changed_after(conn, user_id, after, limit + 1):
        changed.append((seq, "entry", entry))
    for seq, event in await events_repo.events_changed_after(conn, user_id, after, limit + 1):
        changed.append((seq, "event", event))
    profile_seq = await repo.profile_change_seq(conn, user_id)
    if profile_seq > after:
        changed.append((profile_seq, "profile", None))
    changed.sort(key=lambda item: item[0])
    more = len(changed) > limit
    changed = changed[:limit]
    end = changed[-1][0] if more else await current_change_seq(conn, user_id)
    entries = [row for _, kind, row in changed if kind == "entry"]
    if any(not e.deleted for e in entries):
        entries = await views.with_problems(conn, user_id, entries)
    with_profile = any(kind == "profile" for _, kind, _ in changed)
    return PullResponse(
        cursor=encode_cursor(await repo.epoch(conn), end),
        last_mutation_id=last,
        entries=entries,
        events=[row for _, kind, row in changed if kind == "event"],
        profile=await accounts_repo.get_user(conn, user_id) if with_profile else None,
        more=more,
        reset=False,
    )


async def recent_rejections(db: Database, user_id: int, limit: int = 100) -> list[Rejection]:
    async with db.reader() as conn:
        return await repo.recent_rejections(conn, user_id, limit)
