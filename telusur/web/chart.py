"""A claim group's timeline as inline SVG, drawn on the server so pages need no JavaScript.

x is the report date (undated points last), y the value. A range is a bar, a single figure a dot;
unconfirmed points are hollow, denied ones a red cross. Copies of one report are one point,
labelled with how many outlets carried it. Every point links to its sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from urllib.parse import quote

from markupsafe import Markup, escape

from telusur.link.groups import ClaimGroup, Point, figure, number

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 70, 30, 20, 60
Scale = Callable[[float | None], float]


def point_href(p: Point, lang: str) -> str:
    s, e = p.sentence
    return f"/article/{quote(p.article, safe='')}?lang={lang}&hl={s}-{e}#fig-{p.span[0]}"


def svg(group: ClaimGroup, lang: str = "id") -> Markup:
    points = group.points
    lows = [p.low if p.value is None else p.value for p in points]
    highs = [p.high if p.value is None else p.value for p in points]
    top = max((h for h in highs if h is not None), default=1.0)
    bottom = min((lo for lo in lows if lo is not None), default=0.0)
    scale = _scale(bottom, top)
    xs = _xs(len(points))
    parts = [_axes(bottom, top, scale)]
    for i, p in enumerate(points):
        parts.append(_point(p, xs[i], scale, lang, i, _anchor(i, len(points))))
    title = escape(f"{group.about or ''} — {group.kind}")
    return Markup(
        f'<svg class="timeline" role="img" aria-label="{title}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def _xs(n: int) -> list[float]:
    span = WIDTH - LEFT - RIGHT
    if n == 1:
        return [LEFT + span / 2]
    return [LEFT + span * i / (n - 1) for i in range(n)]


def _scale(bottom: float, top: float) -> Scale:
    """Log scale when figures span two orders of magnitude or more, else linear from zero."""
    logged = bottom > 0 and top / bottom >= 100
    lo = math.log10(bottom) if logged else 0.0
    hi = math.log10(top) if logged else top
    hi = hi if hi > lo else lo + 1

    def y(v: float | None) -> float:
        v = v or 0.0
        t = (math.log10(v) if logged and v > 0 else v) - lo
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * t / (hi - lo)

    return y


def _axes(bottom: float, top: float, y: Scale) -> str:
    base = HEIGHT - BOTTOM
    ticks = "".join(
        f'<text x="{LEFT - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{number(v)}</text>'
        for v in sorted({bottom, top})
    )
    return (
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#999"/>'
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" stroke="#999"/>{ticks}'
    )


def _anchor(i: int, n: int) -> str:
    """Labels of the first and last points lean inwards, so none runs off the chart."""
    if n > 1 and i == 0:
        return "start"
    return "end" if n > 1 and i == n - 1 else "middle"


def _point(p: Point, x: float, y: Scale, lang: str, i: int, anchor: str = "middle") -> str:
    who = ", ".join(p.sources) or (p.outlet or "")
    label = escape(f"{figure(p)} · {who}" + (f" (+{len(p.copies)})" if p.copies else ""))
    date = escape(p.reported or "?")
    mark = _mark(p, x, y)
    tip = escape(f"{figure(p)} {p.qualifier} — {who} — {p.reported or '?'} — {p.status}")
    return (
        f'<a class="point status-{escape(p.status)}" href="{escape(point_href(p, lang))}" '
        f'data-value="{escape(figure(p))}" data-source="{escape(who)}" data-index="{i}">'
        f"<title>{tip}</title>{mark}"
        f'<text x="{x:.1f}" y="{y(p.high if p.value is None else p.value) - 10:.1f}" '
        f'text-anchor="{anchor}">{label}</text>'
        f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="{anchor}">{date}</text></a>'
    )


def _mark(p: Point, x: float, y: Scale) -> str:
    colour = "#c1121f" if p.status == "denied" else "#1d3557"
    if p.value is None:
        top, bottom = y(p.high), y(p.low)
        return (
            f'<rect x="{x - 5:.1f}" y="{top:.1f}" width="10" height="{max(bottom - top, 2):.1f}" '
            f'fill="{colour}" fill-opacity="0.5" stroke="{colour}"/>'
        )
    cy = y(p.value)
    if p.status == "denied":
        return (
            f'<path d="M{x - 6:.1f},{cy - 6:.1f} L{x + 6:.1f},{cy + 6:.1f} M{x + 6:.1f},'
            f'{cy - 6:.1f} L{x - 6:.1f},{cy + 6:.1f}" stroke="{colour}" stroke-width="3"/>'
        )
    fill = "white" if p.status == "unconfirmed" else colour
    return (
        f'<circle cx="{x:.1f}" cy="{cy:.1f}" r="6" fill="{fill}" stroke="{colour}" '
        'stroke-width="2"/>'
    )
