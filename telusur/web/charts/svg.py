"""A timeline layout as inline SVG, drawn on the server so pages need no JavaScript.

Every point is a link to its sentence, reachable with the keyboard, with an accessible label; its
tooltip (value, claimant, date, status) shows on hover and on focus, through CSS alone.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from telusur.link.groups import ClaimGroup, Point, figure
from telusur.web.charts.layout import CHAR, FONT, Layout, Mark, Text, lay_out

AXIS = "#8a8f98"
GRID = "#e6e8eb"
HATCH = (
    '<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="white"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="2"/></pattern></defs>'
)


def point_href(p: Point, lang: str) -> str:
    s, e = p.sentence
    return f"/article/{quote(p.article, safe='')}?lang={lang}&hl={s}-{e}#fig-{p.span[0]}"


def svg(group: ClaimGroup, words: dict[str, Any], title: str, lang: str = "id") -> Markup:
    layout = lay_out(group, words, title)
    hatch = f"hatch-{group.id}"
    parts = [HATCH.format(id=hatch), _frame(layout)]
    parts += [_series_path(s.path, s.colour) for s in layout.series if len(s.path) > 1]
    parts += [
        f'<line x1="{a:.1f}" y1="{b:.1f}" x2="{c:.1f}" y2="{d:.1f}" stroke="{AXIS}" '
        'stroke-width="0.8" stroke-dasharray="2,2"/>'
        for a, b, c, d in layout.leaders
    ]
    parts += [_text(t) for t in layout.texts]
    for m in layout.marks:
        p = group.points[m.index]
        parts.append(_point(m, p, point_href(p, lang), hatch, layout))
    return Markup(
        f'<svg class="timeline" role="group" aria-label="{escape(title)}" '
        f'viewBox="0 0 {layout.width} {layout.height:.0f}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def _frame(layout: Layout) -> str:
    left, top, right, bottom = layout.plot
    grid = "".join(
        f'<line x1="{left}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
        for y in layout.grid
    )
    axes = (
        f'<line class="axis" x1="{left}" y1="{bottom}" x2="{right:.1f}" y2="{bottom}" '
        f'stroke="{AXIS}"/><line class="axis" x1="{left}" y1="{top}" x2="{left}" '
        f'y2="{bottom}" stroke="{AXIS}"/>'
    )
    if layout.strip:
        a, b = layout.strip
        axes += (
            f'<rect x="{a:.1f}" y="{top}" width="{b - a:.1f}" height="{bottom - top:.1f}" '
            f'fill="#f3f4f6"/>'
        )
    return grid + axes


def _series_path(path: list[tuple[float, float]], colour: str) -> str:
    d = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(path))
    return f'<path class="series" d="{d}" fill="none" stroke="{colour}" stroke-width="1.6"/>'


def _text(t: Text) -> str:
    return (
        f'<text class="{t.role}" x="{t.x:.1f}" y="{t.y:.1f}" text-anchor="{t.anchor}" '
        f'fill="{t.colour}">{escape(t.text)}</text>'
    )


def _point(m: Mark, p: Point, href: str, hatch: str, layout: Layout) -> str:
    return (
        f'<a class="point status-{escape(p.status)}" href="{escape(href)}" '
        f'aria-label="{escape(m.label)}" data-value="{escape(figure(p))}" '
        f'data-source="{escape(", ".join(p.sources) or (p.outlet or ""))}" '
        f'data-index="{m.index}">{mark_shape(m, hatch)}{_tip(m, layout)}</a>'
    )


def mark_shape(m: Mark, hatch: str) -> str:
    return _whisker(m) + _shape(m, hatch)


def _whisker(m: Mark) -> str:
    if m.period is None:
        return ""
    a, b = m.period
    return (
        f'<line class="period" x1="{a:.1f}" y1="{m.y:.1f}" x2="{b:.1f}" y2="{m.y:.1f}" '
        f'stroke="{m.colour}" stroke-width="3" stroke-opacity="0.35"/>'
    )


def _shape(m: Mark, hatch: str) -> str:
    c = m.colour
    if m.shape == "band":
        h = max(m.y2 - m.y, 4)
        return (
            f'<rect x="{m.x - 7:.1f}" y="{m.y:.1f}" width="14" height="{h:.1f}" '
            f'fill="url(#{hatch})" stroke="{c}" stroke-width="1.5"/>'
        )
    if m.shape == "bar":
        h = max(m.y2 - m.y, 4)
        fill = "white" if m.hollow else c
        return (
            f'<rect x="{m.x - 4:.1f}" y="{m.y:.1f}" width="8" height="{h:.1f}" fill="{fill}" '
            f'stroke="{c}" stroke-width="2"/>'
        )
    if m.shape == "cross":
        x, y = m.x, m.y
        return (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="white" fill-opacity="0.01"/>'
            f'<path d="M{x - 5:.1f},{y - 5:.1f} L{x + 5:.1f},{y + 5:.1f} M{x + 5:.1f},'
            f'{y - 5:.1f} L{x - 5:.1f},{y + 5:.1f}" stroke="{c}" stroke-width="3"/>'
        )
    fill = "white" if m.hollow else c
    return (
        f'<circle cx="{m.x:.1f}" cy="{m.y:.1f}" r="5.5" fill="{fill}" stroke="{c}" '
        'stroke-width="2"/>'
    )


def _tip(m: Mark, layout: Layout) -> str:
    """A box above the point (below it near the top), kept inside the chart."""
    width = max(len(s) for s in m.tip) * CHAR + 12
    height = len(m.tip) * (FONT + 4) + 8
    x = min(max(m.x - width / 2, 2), layout.width - width - 2)
    y = m.y - height - 10 if m.y - height - 10 > 2 else m.y2 + 10
    lines = "".join(
        f'<text x="{x + 6:.1f}" y="{y + 4 + (k + 1) * (FONT + 4) - 3:.1f}">{escape(s)}</text>'
        for k, s in enumerate(m.tip)
    )
    return (
        f'<g class="tip" aria-hidden="true"><rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
        f'height="{height}" rx="3" fill="#fffef5" stroke="#444"/>{lines}</g>'
    )
