"""Geometry of the pages' SVG charts, computed here so the templates only draw.

Charts are readable without colour: the two series of a bar chart differ by fill pattern (solid,
hatched) as well as colour, every bar has its number written above it and a ``<title>``, and each
chart is followed by the same figures as a table.
"""

from __future__ import annotations

from typing import Any


def bars(
    series: list[dict[str, Any]], keys: tuple[str, ...], label: str = "month", height: int = 160
) -> dict[str, Any]:
    """Grouped bars: one group per item of ``series`` (labelled by ``label``), one bar per key."""
    group_w = max(24, min(72, 720 // max(1, len(series))))
    bar_w = max(6, (group_w - 8) // max(1, len(keys)))
    top = max([int(s.get(k) or 0) for s in series for k in keys] or [1]) or 1
    plot_h = height - 40
    out = []
    for i, s in enumerate(series):
        x0 = 40 + i * group_w
        group = []
        for j, k in enumerate(keys):
            v = int(s.get(k) or 0)
            h = round(plot_h * v / top)
            group.append(
                {"key": k, "index": j, "value": v, "x": x0 + j * bar_w, "y": 20 + plot_h - h, "w": bar_w - 1, "h": h}
            )
        out.append({"label": str(s.get(label, "")), "x": x0, "bars": group})
    return {
        "width": max(340, 40 + len(series) * group_w + 10),
        "height": height,
        "base": 20 + plot_h,
        "top": top,
        "groups": out,
        "series": list(keys),
        "label_every": max(1, len(series) // 12),
    }


def coverage(rows: list[dict[str, Any]], width: int = 640) -> dict[str, Any]:
    """A dot per outlet and day a story ran (rows: ``{"outlet", "days"}``), on one time axis."""
    days = sorted({d for r in rows for d in r["days"] if d})
    index = {d: i for i, d in enumerate(days)}
    step = max(12, min(80, (width - 200) // max(1, len(days))))
    lines = []
    for i, r in enumerate(rows):
        y = 24 + i * 22
        dots = [{"x": 190 + index[d] * step, "y": y, "day": d} for d in r["days"] if d in index]
        lines.append({"outlet": r["outlet"], "y": y, "dots": dots, "articles": r.get("articles", len(dots))})
    return {
        "width": 200 + max(1, len(days)) * step,
        "height": 40 + len(rows) * 22,
        "rows": lines,
        "days": [{"day": d, "x": 190 + i * step} for i, d in enumerate(days)],
        "label_every": max(1, len(days) // 8),
    }
