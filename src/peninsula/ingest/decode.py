"""Bytes to text: recognise binary and unsupported formats, detect the encoding."""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from peninsula.errors import UnsupportedFormat

LOGGER = logging.getLogger(__name__)

# Share of control characters above which bytes are treated as binary. Real
# text has almost none (tabs and newlines do not count); images, archives and
# executables have far more than this.
BINARY_CONTROL_SHARE = 0.05
SNIFF_BYTES = 8192
# Bytes that are mostly valid UTF-8 (at least this many well-formed non-ASCII
# characters per broken sequence) are UTF-8 with damage, not another encoding.
UTF8_VALID_PER_BROKEN = 2
# Share of non-ASCII characters that must sit in Hangul runs for CP949.
HANGUL_RUN_SHARE = 0.8
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{2,}")
_LATIN_FAMILIES = ("cp125", "iso8859", "latin", "mac_", "cp850", "cp437")

_MAGIC_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF is not supported; convert it to text or HTML first (e.g. `pdftotext`)"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "Word/OLE documents are not supported; save it as text or HTML first",
    ),
    (b"{\\rtf", "RTF is not supported; save it as text or HTML first"),
)
_DOCX_REASON = "DOCX is not supported; save it as text or HTML first (e.g. `pandoc -t plain`)"


class BinaryContent(Exception):
    """The bytes are not text in any encoding we can recognise."""


def check_supported(uri: str, data: bytes) -> None:
    """Raise :class:`UnsupportedFormat` for document formats we do not read."""
    for magic, reason in _MAGIC_FORMATS:
        if data.startswith(magic):
            raise UnsupportedFormat(uri, reason)
    if data.startswith(b"PK\x03\x04") and b"word/" in data[: SNIFF_BYTES * 4]:
        raise UnsupportedFormat(uri, _DOCX_REASON)
    if uri.lower().endswith((".docx", ".odt")):
        raise UnsupportedFormat(uri, _DOCX_REASON)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """Return True when the bytes look like a binary file rather than text."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(head) > BINARY_CONTROL_SHARE


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text and return ``(text, encoding)``.

    Tries a byte-order mark, the declared charset, then UTF-8, then
    charset detection. Raises :class:`BinaryContent` for binary data.
    """
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace"), bom
    if looks_binary(data):
        raise BinaryContent
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return _guess(data)


def _damaged_utf8(data: bytes) -> str | None:
    """Return the text if the bytes are UTF-8 with a few broken sequences, else None."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if valid >= UTF8_VALID_PER_BROKEN * broken else None


def _korean(data: bytes) -> str | None:
    """Return the text if the bytes read as Korean in CP949 (a superset of EUC-KR)."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return None
    hangul = _HANGUL_RUN.findall(text)
    in_runs = sum(len(run) for run in hangul)
    # Western bytes misread as CP949 give lone syllables between ASCII letters;
    # Korean words are runs of two or more.
    return text if in_runs >= HANGUL_RUN_SHARE * len(non_ascii) else None


def _guess(data: bytes) -> tuple[str, str]:
    damaged = _damaged_utf8(data)
    if damaged is not None:
        LOGGER.info("decoded as UTF-8 with replacement characters")
        return damaged, "utf-8 (with replacements)"
    korean = _korean(data)
    if korean is not None:
        return korean, "cp949"
    best = charset_normalizer.from_bytes(data).best()
    encoding = best.encoding if best is not None else None
    # With a handful of accents, the Latin code pages are indistinguishable to
    # a detector; Windows-1252 is by far the likeliest for English news.
    if encoding is None or encoding.startswith(_LATIN_FAMILIES):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if best is not None and encoding:
        return str(best), encoding
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
