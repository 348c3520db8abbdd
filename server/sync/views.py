"""Problems for the entries a pull sends, without rebuilding the renewal view per page.

An entry's problems depend on the profile, on today and on every other live
entry (duplicates), so each pull page needs the user's whole renewal view.
Pages of one pull, and devices of one user pulling the same rows, ask for the
same view again and again: it is kept while nothing it depends on changed
(the user's latest change numbers and the date), and so are the problems it
gave each entry version.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from datetime import date

import msgspec

from server.db.connection import Connection, Database
from server.entries.models import Entry
from server.fields import today as utc_today
from server.renewal.service import RenewalView, load_view
from server.sync import repo

_Key = tuple[int, int, int, date]


class _Cached:
    def __init__(self, view: RenewalView):
        self.view = view
        self.problems: dict[tuple[str, int], list[str]] = {}


class ViewCache:
    def __init__(self, size: int = 4):  # a view of 10,000 entries holds ~10 MB
        self._size = size
        self._views: OrderedDict[_Key, _Cached] = OrderedDict()

    async def with_problems(
        self, conn: Connection, user_id: int, entries: list[Entry]
    ) -> list[Entry]:
        cached = await self._view(conn, user_id)
        answer = []
        for entry in entries:
            key = (entry.id, entry.version)
            problems = cached.problems.get(key)
            if problems is None:
                problems = cached.problems[key] = cached.view.problems(entry)
            answer.append(msgspec.structs.replace(entry, problems=problems))
        return answer

    async def _view(self, conn: Connection, user_id: int) -> _Cached:
        today = utc_today()
        key = (user_id, *await repo.latest_changes(conn, user_id), today)
        cached = self._views.get(key)
        if cached is None:
            cached = _Cached(await load_view(conn, user_id, today))
            self._views[key] = cached
            while len(self._views) > self._size:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(key)
        return cached


_caches: weakref.WeakKeyDictionary[Database, ViewCache] = weakref.WeakKeyDictionary()


def view_cache(db: Database) -> ViewCache:
    """One cache per open database."""
    cache = _caches.get(db)
    if cache is None:
        cache = _caches[db] = ViewCache()
    return cache
