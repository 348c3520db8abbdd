"""What devices send and receive through /api/sync (DESIGN §4, Sync).

A push carries mutation envelopes; each envelope's `name` and `args` decode on
their own into the `Mutation` tagged union, so one bad mutation is rejected
without spoiling the rest of the batch.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from server.accounts.models import ProfilePatch, User
from server.entries.models import Entry, EntryIn, EntryPatch
from server.events.models import Event, EventIn
from server.fields import ClientId

MAX_MUTATIONS_PER_PUSH = 1000
PAGE_SIZE = 2000
MAX_PAGE_SIZE = 5000

BaseVersion = Annotated[
    int, Meta(ge=0, description="The record version the device last saw; 0 if never synced")
]


class MutationIn(msgspec.Struct, kw_only=True):
    id: Annotated[int, Meta(ge=1, description="Rises by one per client")]
    name: str
    ts: Annotated[int, Meta(description="The device's clock, epoch milliseconds")]
    args: Any = None


class PushRequest(msgspec.Struct, kw_only=True):
    client_id: ClientId
    schema_version: Literal[1]
    mutations: Annotated[list[MutationIn], Meta(max_length=MAX_MUTATIONS_PER_PUSH)]


class Rejected(msgspec.Struct, kw_only=True):
    id: int
    reason: str


class PushResponse(msgspec.Struct, kw_only=True):
    last_mutation_id: int
    rejected: list[Rejected]


class PullRequest(msgspec.Struct, kw_only=True):
    client_id: ClientId
    cursor: Annotated[str, Meta(max_length=200)] | None = None
    limit: Annotated[int, Meta(ge=1, le=MAX_PAGE_SIZE)] = PAGE_SIZE
    schema_version: Literal[1] = 1


class PullResponse(msgspec.Struct, kw_only=True):
    cursor: str | None
    last_mutation_id: int
    entries: list[Entry]
    events: list[Event]
    profile: User | None
    more: bool
    reset: bool


class Rejection(msgspec.Struct, kw_only=True):
    """A mutation the server refused, and why; the device's queue moved past it."""

    client_id: str
    mutation_id: int
    name: str
    record_id: str | None
    reason: str
    created_at: str


# The mutations, a tagged union on `name`.


class RecordRef(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: ClientId
    base_version: BaseVersion = 0


class EntryPutArgs(EntryIn, kw_only=True):
    """The PUT body with its id; optionally the version the device last saw."""

    id: ClientId
    base_version: BaseVersion = 0


class EntryPatchArgs(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: ClientId
    set: EntryPatch
    base_version: BaseVersion = 0


class EventPutArgs(EventIn, kw_only=True):
    """The PUT body with its id; like the REST body, fields it does not know are ignored."""

    id: ClientId
    base_version: BaseVersion = 0


class ProfilePatchArgs(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    set: ProfilePatch
    base_version: BaseVersion = 0


class PutEntry(msgspec.Struct, tag_field="name", tag="entry.put"):
    args: EntryPutArgs


class PatchEntry(msgspec.Struct, tag_field="name", tag="entry.patch"):
    args: EntryPatchArgs


class DeleteEntry(msgspec.Struct, tag_field="name", tag="entry.delete"):
    args: RecordRef


class RestoreEntry(msgspec.Struct, tag_field="name", tag="entry.restore"):
    args: RecordRef


class PutEvent(msgspec.Struct, tag_field="name", tag="event.put"):
    args: EventPutArgs


class DeleteEvent(msgspec.Struct, tag_field="name", tag="event.delete"):
    args: RecordRef


class PatchProfile(msgspec.Struct, tag_field="name", tag="profile.patch"):
    args: ProfilePatchArgs


Mutation = (
    PutEntry | PatchEntry | DeleteEntry | RestoreEntry | PutEvent | DeleteEvent | PatchProfile
)
MUTATION_NAMES = tuple(m.__struct_config__.tag for m in Mutation.__args__)


def decode_mutation(envelope: MutationIn) -> Mutation:
    """The typed mutation; raises ValueError with a reason a person can read."""
    if envelope.name not in MUTATION_NAMES:
        raise ValueError(
            f"Unknown mutation {envelope.name[:80]!r}; known: {', '.join(MUTATION_NAMES)}."
        )
    try:
        return msgspec.convert({"name": envelope.name, "args": envelope.args}, type=Mutation)
    except msgspec.ValidationError as exc:
        raise ValueError(f"Invalid {envelope.name}: {exc}") from None


def record_id_of(envelope: MutationIn) -> str | None:
    """The id the mutation is about, when it names one (for the rejection record)."""
    if isinstance(envelope.args, dict) and isinstance(envelope.args.get("id"), str):
        return envelope.args["id"][:100]
    return None
