"""The document store for controllers outside the documents router."""

from __future__ import annotations

from litestar.datastructures import State
from litestar.di import NamedDependency, Provide

from server.exports.documents import DocumentSource


def _provide_documents(state: State) -> DocumentSource:
    return state.documents


DOCUMENTS = {"documents": Provide(_provide_documents, sync_to_thread=False)}
Docs = NamedDependency[DocumentSource]
