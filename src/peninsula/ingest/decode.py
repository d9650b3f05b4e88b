"""Bytes to text: recognise binary and unsupported formats, detect the encoding."""

from __future__ import annotations

import codecs
import logging

import charset_normalizer

from peninsula.errors import UnsupportedFormat

LOGGER = logging.getLogger(__name__)

# Share of control characters above which bytes are treated as binary. Real
# text has almost none (tabs and newlines do not count); images, archives and
# executables have far more than this.
BINARY_CONTROL_SHARE = 0.05
SNIFF_BYTES = 8192

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
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        LOGGER.info("detected encoding %s", best.encoding)
        return str(best), best.encoding
    # Mostly UTF-8 with a few broken bytes: keep the text, mark the damage.
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
