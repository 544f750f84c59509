"""Small bar charts as inline SVG, generated here with escaping (no chart library, nothing fetched, prints
sharply, works from file://). Each chart is drawn from the same numbers as the table next to it, so the
chart is decoration for sighted readers (``aria-hidden``) and the table is what screen readers read.
"""

from __future__ import annotations

from mapper.publish.html import e

BAR = "#1d5e8c"  # 7:1 against white; labels are dark text on white, never on the bar


def bar_chart(values: list[tuple[str, int]], *, colours: list[str] | None = None, width: int = 420) -> str:
    """Horizontal bars, one per (label, value); ``colours`` per bar (default one blue)."""
    if not values:
        return ""
    row, label_w, gap = 22, 170, 6
    top = max(v for _, v in values) or 1
    bar_w = width - label_w - 50
    height = row * len(values) + gap
    parts = [f'<svg class="chart" aria-hidden="true" focusable="false" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(values):
        y = i * row + gap
        w = round(bar_w * value / top) if value else 0
        colour = (colours[i] if colours and i < len(colours) else BAR)
        text = label if len(label) <= 26 else label[:25] + "\u2026"
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" font-size="12" fill="#1b1b1b">'
                     f"{e(text)}</text>")
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - gap}" fill="{e(colour)}" '
                     f'stroke="#1b1b1b" stroke-width="{0.5 if w else 0}"></rect>')
        parts.append(f'<text x="{label_w + w + 4}" y="{y + 13}" font-size="12" fill="#1b1b1b">{int(value)}</text>')
    parts.append("</svg>")
    return "".join(parts)
