"""A claim group's timeline drawn with matplotlib, for `telusur timeline --png`."""

from __future__ import annotations

from typing import Any


def timeline_png(group: dict[str, Any], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = group["points"]
    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=120)
    for i, p in enumerate(points):
        colour = "#c1121f" if p["status"] == "denied" else "#1d3557"
        if p["value"] is None:
            ax.vlines(i, p["low"], p["high"], colors=colour, linewidth=8, alpha=0.6)
            top = p["high"]
        else:
            face = "white" if p["status"] == "unconfirmed" else colour
            marker = "x" if p["status"] == "denied" else "o"
            ax.scatter([i], [p["value"]], s=70, marker=marker, facecolors=face, edgecolors=colour)
            top = p["value"]
        who = ", ".join(p["sources"]) or (p["outlet"] or "")
        extra = f" (+{len(p['copies'])})" if p["copies"] else ""
        ax.annotate(
            who + extra,
            (i, top),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            fontsize=8,
        )
    ax.set_xticks(
        range(len(points)), [p["reported"] or "?" for p in points], rotation=30, fontsize=8
    )
    ax.set_title(f"{group['about'] or ''} — {group['counts']} ({group['unit']})")
    ax.margins(x=0.1, y=0.2)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
