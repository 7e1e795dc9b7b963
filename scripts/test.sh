#!/usr/bin/env bash
# Every test of the project: lints, the engine's Rust tests, the package built and installed
# with its test extras, and the Python tests. This is the README's test command; CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

echo "== install the package with its test extras (release build of the Rust core)"
"$PY" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore ".[test]"

echo "== lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
"$PY" -m ruff check python tests benches
"$PY" -m ruff format --check python tests benches

echo "== Rust tests (engine)"
cargo test -p newsfacts-core --quiet

echo "== Python tests"
# Run from outside the source tree so the installed package is what gets imported.
"$PY" -m pytest -p no:cacheprovider "$@" tests
