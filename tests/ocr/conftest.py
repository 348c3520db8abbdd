"""Fixtures for OCR tests: generated certificates, made once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

from make_samples import make_sample  # noqa: E402


class Samples:
    """Generated sample files by name, with their ground truth."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.truth: dict[str, dict] = {}

    def make(self, name: str, seed: int, template: str, form: str = "photo", **kw) -> Path:
        data, truth = make_sample(seed, template, form, **kw)
        path = self.root / name
        path.write_bytes(data)
        self.truth[name] = truth
        return path


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Samples:
    return Samples(tmp_path_factory.mktemp("samples"))
