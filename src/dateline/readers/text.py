"""Decoding text files: BOMs, UTF-8, UTF-16, cp1251, latin-1 and friends."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dateline.errors import Errors, InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


_STRAY_AS_CP1252 = "dateline-stray-cp1252"
#: one byte that cannot start or continue a well-formed UTF-8 sequence where it stands
_UTF8_INVALID = re.compile(
    rb"[\xc2-\xdf](?![\x80-\xbf])|[\xe0-\xef](?![\x80-\xbf]{2})|[\xf0-\xf4](?![\x80-\xbf]{3})"
    rb"|(?<![\xc2-\xf4\x80-\xbf])[\x80-\xbf]|[\xc0\xc1\xf5-\xff]"
)


def _stray_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors="replace").replace("\ufffd", bad.decode("latin-1")), err.end


codecs.register_error(_STRAY_AS_CP1252, _stray_as_cp1252)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048].encode("utf-8", "ignore")))


def decode_bytes(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode ``data`` to text, detecting its encoding; raise :class:`InputError` when it can't be."""
    if len(data) > max_bytes:
        raise InputError(source, Errors.E004.format(size=len(data), limit=max_bytes))
    if not data.strip():
        raise InputError(source, Errors.E001)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(source, Errors.E003) from err
            return _checked(text, source, data), encoding.replace("-sig", "")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, Errors.E002.format(detail=kind))
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM has a NUL in every other byte for ASCII text
        sample = data[:4096]
        zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        for encoding, looks_so in (
            ("utf-16-le", zeros_odd > 0.3 * half and zeros_even == 0),
            ("utf-16-be", zeros_even > 0.3 * half and zeros_odd == 0),
        ):
            if looks_so:
                try:
                    return _checked(data.decode(encoding), source, data), encoding
                except UnicodeDecodeError as err:
                    raise InputError(source, Errors.E003) from err
        raise InputError(source, Errors.E002.format(detail="it contains NUL bytes"))
    try:
        return _checked(data.decode("utf-8"), source, data), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes of another code page (a pasted curly quote, a mangled byte): keep
    # the UTF-8 and read each stray byte as cp1252, rather than guess a code page for the whole file
    stray = len(_UTF8_INVALID.findall(data))
    if stray <= max(3, len(data) // 1000):
        return _checked(data.decode("utf-8", _STRAY_AS_CP1252), source, data), "utf-8+cp1252"
    best = from_bytes(data, cp_isolation=None).best()
    if best is None or best.encoding is None:
        raise InputError(source, Errors.E003)
    encoding = best.encoding
    # charset-normalizer sometimes names a close cousin of the usual Western/Cyrillic code pages
    text = str(best)
    return _checked(text, source, data), encoding


def _checked(text: str, source: str, data: bytes) -> str:
    return check_text(text, source)


def check_text(text: str, source: str) -> str:
    """The one policy for decoded text, whatever it came from (a file, a JSON string, a web archive):
    refuse it when it is blank, holds a NUL or a lone surrogate, or is mostly control characters."""
    if not text.strip():
        raise InputError(source, Errors.E001)
    if "\x00" in text:
        raise InputError(source, Errors.E002.format(detail="it contains NUL characters"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        code = f"U+{ord(text[err.start]):04X}"
        raise InputError(source, Errors.E060.format(code=code, position=err.start)) from None
    controls = len(_CONTROL.findall(text[:20000]))
    if controls > max(8, len(text[:20000]) // 50):
        raise InputError(source, Errors.E002.format(detail=f"{controls} control characters"))
    return text


#: the note an article carries when its text was repaired
MOJIBAKE_WARNING = "the text was repaired: UTF-8 read as another encoding was decoded again ({count} characters fewer; e.g. {sample!r})"


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """``text`` with UTF-8 that was read as Latin-1 or cp1252 put right ("outbreakâ€™s" -> "outbreak’s",
    "andÂ several" -> "and several"), by ftfy's encoding fixes only (quotes, widths, ligatures, line
    breaks and normalisation are left as they are, so lines and every other character stay put), and
    a warning saying so; the text itself and None where nothing needed repair."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    fixed = ftfy.fix_text(text, config)
    if fixed == text or fixed.count("\n") != text.count("\n"):
        return text, None
    first = next(i for i, (a, b) in enumerate(zip(text, fixed, strict=False)) if a != b)
    sample = text[first : first + 6]
    return fixed, MOJIBAKE_WARNING.format(count=len(text) - len(fixed), sample=sample)
