"""Where a database's files are: the shipped one, in a checkout and in an
installed package, and the YAML files of any. Imports nothing heavy: the
cache fingerprints these files on every run without loading YAML."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
YAML_SUFFIXES = (".yaml", ".yml")


def shipped_claims_dir() -> Path:
    """The claims folder that ships with factcheck.

    In a checkout (and an editable install) it is the repository's own
    ``claims/``; in an installed package, the copy mapped into
    ``factcheck/shipped/claims`` by setup.cfg.
    """
    checkout = PACKAGE_DIR.parent
    if (checkout / "setup.cfg").is_file() and (checkout / "claims").is_dir():
        return checkout / "claims"
    return PACKAGE_DIR / "shipped" / "claims"



def yaml_files(path: Path) -> list[Path]:
    """The YAML files of a database folder (or the file itself), in order."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())


def default_sources_dir(claims_paths: Sequence[Path]) -> Path:
    """sources/ beside the (first) claims folder."""
    first = claims_paths[0]
    folder = first if first.is_dir() else first.parent
    return folder.parent / "sources"
