"""A timeline layout drawn with matplotlib, for `telusur timeline --png`: the same layout as the
web page's SVG, so a chart reads the same wherever it is seen."""

from __future__ import annotations

from typing import Any

from telusur.lang import load
from telusur.lang.labels import kind_label
from telusur.link.groups import group_from_json
from telusur.web.charts.layout import FONT, Layout, Mark, lay_out

AXIS = "#8a8f98"
GRID = "#e6e8eb"
SCALE = 2  # pixels of the PNG per pixel of the layout
ALIGN = {"start": "left", "middle": "center", "end": "right"}


def timeline_png(group: dict[str, Any], path: str, lang: str = "en") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    words = load(lang, "ui")
    g = group_from_json(group)
    layout = lay_out(g, words, f"{g.about or ''} — {kind_label(g.kind, lang)}".strip(" —"))
    fig = plt.figure(figsize=(layout.width / 100, layout.height / 100), dpi=100 * SCALE)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, layout.width)
    ax.set_ylim(layout.height, 0)
    ax.axis("off")
    _frame(ax, layout)
    _draw(ax, layout)
    fig.savefig(path, facecolor="white")
    plt.close(fig)


def _frame(ax: Any, layout: Layout) -> None:
    from matplotlib.patches import Rectangle

    left, top, right, bottom = layout.plot
    for y in layout.grid:
        ax.plot([left, right], [y, y], color=GRID, linewidth=0.8)
    if layout.strip:
        a, b = layout.strip
        ax.add_patch(Rectangle((a, top), b - a, bottom - top, color="#f3f4f6", linewidth=0))
    ax.plot([left, right], [bottom, bottom], color=AXIS, linewidth=1)
    ax.plot([left, left], [top, bottom], color=AXIS, linewidth=1)


def _draw(ax: Any, layout: Layout) -> None:
    size = FONT * 72 / 100  # the layout's pixels as points at 100 dpi
    for s in layout.series:
        if len(s.path) > 1:
            ax.plot(*zip(*s.path, strict=True), color=s.colour, linewidth=1.6)
    for a, b, c, d in layout.leaders:
        ax.plot([a, c], [b, d], color=AXIS, linewidth=0.8, linestyle=(0, (2, 2)))
    for t in layout.texts:
        ax.text(t.x, t.y, t.text, ha=ALIGN[t.anchor], va="baseline", fontsize=size, color=t.colour)
    for m in layout.marks:
        _mark(ax, m)


def _mark(ax: Any, m: Mark) -> None:
    from matplotlib.patches import Circle, Rectangle

    if m.period:
        ax.plot(list(m.period), [m.y, m.y], color=m.colour, linewidth=3, alpha=0.35)

    if m.shape in ("band", "bar"):
        width = 14 if m.shape == "band" else 8
        height = max(m.y2 - m.y, 4)
        solid = m.shape == "bar" and not m.hollow
        ax.add_patch(
            Rectangle(
                (m.x - width / 2, m.y),
                width,
                height,
                facecolor=m.colour if solid else "white",
                edgecolor=m.colour,
                hatch="////" if m.shape == "band" else None,
                linewidth=1.5,
            )
        )
    elif m.shape == "cross":
        ax.plot([m.x - 5, m.x + 5], [m.y - 5, m.y + 5], color=m.colour, linewidth=2.5)
        ax.plot([m.x + 5, m.x - 5], [m.y - 5, m.y + 5], color=m.colour, linewidth=2.5)
    else:
        face = "white" if m.hollow else m.colour
        ax.add_patch(Circle((m.x, m.y), 5.5, facecolor=face, edgecolor=m.colour, linewidth=2))
