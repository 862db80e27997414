"""The media field: a photo line's caption and credit (read by ``boilerplate.find_credit``), widget
pieces inside it, and a credit repeated under its caption joined to the item it belongs to."""

from __future__ import annotations

from dateline import boilerplate
from dateline.model import Media


def media_line(text: str) -> tuple[Media, list[tuple[str, str]]] | None:
    """Caption/credit of a photo line, and pieces of it that are widgets (e.g. 'Go to the mediabank')."""
    credit_match = boilerplate.find_credit(text)
    if credit_match is None:
        return None
    credit, caption, widgets = credit_match
    return Media(caption=caption, credit=credit), widgets


def split_around(text: str, pieces: list[tuple[str, str]], reason: str) -> list[tuple[str, str]]:
    """``text`` cut into the ``pieces`` (in order) and the segments between them, given ``reason``."""
    out: list[tuple[str, str]] = []
    position = 0
    for piece, piece_reason in pieces:
        at = text.find(piece, position)
        if at < 0:
            continue
        if text[position:at].strip():
            out.append((text[position:at].strip(), reason))
        out.append((piece, piece_reason))
        position = at + len(piece)
    if text[position:].strip():
        out.append((text[position:].strip(), reason))
    return out


def add_media(media: list[Media], item: Media) -> None:
    """Add a photo line; a credit repeated under its caption joins the item it belongs to."""
    for existing in media:
        if item.caption is None and item.credit and existing.credit == item.credit:
            return
        if item.caption is None and existing.credit is None and existing.caption:
            existing.credit = item.credit
            return
        if item.credit is None and existing.caption is None:
            existing.caption = item.caption
            return
    media.append(item)
