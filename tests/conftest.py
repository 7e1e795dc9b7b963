"""Shared fixtures: the location of ../shared (seed article, corpora) for tests marked `shared`."""

from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared"))


def pytest_collection_modifyitems(config, items):
    if SHARED.is_dir():
        return
    # In CI ../shared is always there: its absence is an error, not a reason to skip.
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI is set but the shared data folder {SHARED} is absent")
    skip = pytest.mark.skip(reason=f"shared data absent: {SHARED} not found (set NEWSFACTS_SHARED)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared() -> pathlib.Path:
    # (A test that reads ../shared without its marker skips too, rather than failing.)
    if not SHARED.is_dir():
        pytest.skip(f"shared data absent: {SHARED} not found (set NEWSFACTS_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared) -> str:
    return (shared / "seed" / "karabakh.txt").read_text(encoding="utf-8")
