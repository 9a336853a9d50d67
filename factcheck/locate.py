"""Where the shipped database is, in a checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


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

