"""Hide what is not prose, keeping every offset where it was.

Front matter, code, HTML comments and tags, link targets, URLs and e-mail
addresses are replaced by spaces (newlines kept), so the extractor never sees
them and every position it reports still points into the original file.
"""

from __future__ import annotations

import re

from factcheck.regexcache import compile as rx

FRONT_MATTER = rx(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*$", re.S | re.M)
_FENCE = rx(r"^[ \t]{0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
# A code span opens and closes with backtick runs of the same length; the
# lookarounds make a run start only once (no rescanning of long runs).
_INLINE_CODE = rx(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")
_COMMENT = rx(r"<!--.*?(?:-->|\Z)", re.S)
_SCRIPT = rx(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
_TAG = rx(r"</?[A-Za-z][^<>]{0,2000}>")
_LINK_TARGET = rx(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REFERENCE_DEF = rx(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_URL = rx(r"(?:https?://|ftp://|www\.)[^\s<>()\"'，。、“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# Its first half, for a text without an @ (where the second cannot match):
# four times faster, as the e-mail half tries every word to its end.
_WEB_ADDRESS = rx(r"(?=[hfw])(?:https?://|ftp://|www\.)[^\s<>()\"'，。、“”]+", re.I)
_ENTITY = rx(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,10});", re.I)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _addresses(text: str) -> re.Pattern[str]:
    return _URL if "@" in text else _WEB_ADDRESS


def mask_prose(text: str) -> str:
    """Plain text: only URLs and e-mail addresses are hidden."""
    return _addresses(text).sub(_blank, text)


def mask_markdown(text: str) -> str:
    """Markdown (and HTML inside it): hide everything but the prose."""
    for pattern in (FRONT_MATTER, _FENCE, _COMMENT, _SCRIPT, _INLINE_CODE, _REFERENCE_DEF,
                    _LINK_TARGET, _TAG, _ENTITY, _addresses(text)):
        text = pattern.sub(_blank, text)
    return text


def mask_html(text: str) -> str:
    for pattern in (_COMMENT, _SCRIPT, _TAG, _ENTITY, _addresses(text)):
        text = pattern.sub(_blank, text)
    return text


def mask_for(path: str, text: str) -> str:
    """Mask by file kind: ``.md``/``.markdown`` and ``.html``/``.htm``; else plain."""
    lowered = path.lower()
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return mask_html(text)
    if lowered.endswith((".md", ".markdown", ".mdx")) or lowered in ("-", "<stdin>"):
        return mask_markdown(text)
    return mask_prose(text)
