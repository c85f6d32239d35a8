"""A claim group's timeline chart: one layout (``layout``) drawn as SVG for pages (``svg``) and
as PNG for ``telusur timeline --png`` (``png``), so both show the same chart."""

from telusur.web.charts.layout import Layout, lay_out
from telusur.web.charts.svg import point_href, svg

__all__ = ["Layout", "lay_out", "point_href", "svg"]
