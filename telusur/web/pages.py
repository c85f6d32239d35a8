"""Server-rendered pages, readable without JavaScript, in Indonesian or English."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Annotated, Any
from urllib.parse import quote

import xxhash
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from telusur.lang.labels import amount, is_measure, kind_label
from telusur.link.groups import (
    ClaimGroup,
    claimants_of,
    figure,
    figure_of,
    group_from_json,
    number,
)
from telusur.store import Store
from telusur.store import queries as q
from telusur.web import i18n
from telusur.web.api import DAY_SHAPE, Offset, QText, StoreDep
from telusur.web.cache import Lru
from telusur.web.charts import point_href, svg
from telusur.web.errors import PAGE_INVALID, PAGE_NOT_FOUND, ApiError
from telusur.web.highlight import Mark, render
from telusur.web.stamp import store_stamp

router = APIRouter(default_response_class=HTMLResponse, responses=PAGE_INVALID)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
Lang = Annotated[str | None, Query(max_length=5)]
Highlight = Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$", max_length=20)]
# Date inputs of a form arrive as "" when left empty, so pages take them as optional strings.
DATE = f"^({DAY_SHAPE[1:-1]})?$"
FromDate = Annotated[str | None, Query(alias="from", pattern=DATE, max_length=10)]
ToDate = Annotated[str | None, Query(alias="to", pattern=DATE, max_length=10)]
PAGE = 50
STORY_ARTICLES = 50  # articles listed per page of a story
# A story page draws at most CHARTS timelines and CHART_POINTS points in all, so its size stays
# bounded however large the story; every other figure links to its own page and chart.
CHARTS = 12
CHART_POINTS = 120


def _page(request: Request, name: str, lang: str | None, **context: Any) -> HTMLResponse:
    code = i18n.pick(lang)
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    return templates.TemplateResponse(
        request,
        name,
        {
            "lang": code,
            "t": i18n.strings(code),
            "switch_url": i18n.switch_url(request.url.path, params, code),
            **context,
        },
    )


def _articles_page(
    request: Request,
    s: Store,
    q_: str | None,
    lo: str | None,
    hi: str | None,
    offset: int,
    lang: str | None,
) -> HTMLResponse:
    found = s.articles(q_, limit=500 if (lo or hi) else PAGE, offset=offset)
    items = [a for a in found if _within(a.published.start, a.published.end, lo, hi)][:PAGE]
    nxt = None
    if len(found) == PAGE and not (lo or hi):
        nxt = f"/articles?offset={offset + PAGE}&lang={i18n.pick(lang)}&q={q_ or ''}"
    return _page(
        request, "articles.html", lang, items=items, q=q_, date_from=lo, date_to=hi, next_url=nxt
    )


def _within(start: str | None, end: str | None, lo: str | None, hi: str | None) -> bool:
    if lo and (end is None or end < lo):
        return False
    return not (hi and (start is None or start > hi))


@router.get("/")
def home(
    request: Request,
    s: StoreDep,
    q_: QText = None,
    date_from: FromDate = None,
    date_to: ToDate = None,
    offset: Offset = 0,
    lang: Lang = None,
) -> HTMLResponse:
    """The stories, with search and date filters."""
    items = q.stories(
        s.conn,
        query=q_,
        date_from=date_from or None,
        date_to=date_to or None,
        limit=PAGE,
        offset=offset,
    )
    nxt = f"/?offset={offset + PAGE}&lang={i18n.pick(lang)}" if len(items) == PAGE else None
    return _page(
        request,
        "stories.html",
        lang,
        items=items,
        q=q_,
        date_from=date_from,
        date_to=date_to,
        next_url=nxt,
    )


@router.get("/story/{story_id:path}", responses=PAGE_NOT_FOUND)
def story(
    request: Request, s: StoreDep, story_id: str, offset: Offset = 0, lang: Lang = None
) -> HTMLResponse:
    """Every figure in the table; the best supported ones charted here, each of the others a
    click away on its own page; the articles a page at a time. Rendered pages are kept until
    the store changes."""
    code = i18n.pick(lang)
    key = ("story", story_id, offset, code, store_stamp(request.app.state.db_path))
    body = request.app.state.pages.get(
        key, lambda: _story_page(request, s, story_id, offset, lang).body
    )
    return HTMLResponse(body)


def _story_page(
    request: Request, s: Store, story_id: str, offset: int, lang: str | None
) -> HTMLResponse:
    found = q.story(
        s.conn, story_id, timelines=False, article_limit=STORY_ARTICLES, article_offset=offset
    )
    if found is None:
        raise ApiError(404, "E404", f"no story with id {story_id!r}", "story_id")
    code = i18n.pick(lang)
    found["groups"] = sorted(found["groups"], key=_support)
    measures = [g for g in found["groups"] if is_measure(g["counts"])]
    shown = _charted(measures)
    data = q.group_data(s.conn, [g["id"] for g in shown])
    cache = request.app.state.charts
    charts = [
        {
            **g,
            **_drawn(cache, data[g["id"]], code),
            "heading": _heading(g["about"], g["counts"], code),
        }
        for g in shown
        if g["id"] in data
    ]
    drawn = {g["id"] for g in charts}
    # Rows as namespaces: a template's attribute lookup on a dict first fails as an attribute,
    # and a story's tables make thousands of them.
    rows = [SimpleNamespace(**_figure_row(g, g["id"] in drawn, code)) for g in measures]
    others = [
        SimpleNamespace(**_figure_row(g, False, code))
        for g in found["groups"]
        if not is_measure(g["counts"])
    ]
    found["article_list"] = [SimpleNamespace(**a) for a in found["article_list"]]
    found["denials"] = [SimpleNamespace(**d) for d in found["denials"]]
    base = f"/story/{quote(story_id, safe='')}?lang={code}"
    nxt = found["article_next_offset"]
    return _page(
        request,
        "story.html",
        lang,
        s=found,
        saga_stories=_saga_stories(s, found),
        groups=rows,
        others=others,
        charts=charts,
        next_url=f"{base}&offset={nxt}" if nxt is not None else None,
        previous_url=f"{base}&offset={max(offset - STORY_ARTICLES, 0)}" if offset else None,
    )


def _saga_stories(s: Store, story: dict[str, Any]) -> list[SimpleNamespace]:
    """The other stories of the story's saga, earliest first (none when it stands alone)."""
    found = q.saga(s.conn, story["saga"])
    others = [o for o in (found or {}).get("stories", []) if o["id"] != story["id"]]
    return [SimpleNamespace(**o) for o in others]


def _support(g: dict[str, Any]) -> tuple[Any, ...]:
    """Best supported first: independent origins, then claimants, then reports."""
    return (-g["origin_groups"], -len(g["claimants"]), -g["point_count"], g["id"])


def _charted(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The groups charted on a story page: the best supported first (the order of the table),
    while they fit the page's budget of charts and points."""
    out: list[dict[str, Any]] = []
    points = 0
    for g in groups:
        if len(out) == CHARTS:
            break
        if points + g["point_count"] <= CHART_POINTS:
            out.append(g)
            points += g["point_count"]
    return out


def _drawn(cache: Lru[tuple[str, str], dict[str, Any]], text: str, lang: str) -> dict[str, Any]:
    """A group's chart and revisions, drawn once per content of the stored group."""
    key = (xxhash.xxh3_128_hexdigest(text.encode()), lang)
    return cache.get(key, lambda: _draw(json.loads(text), lang))


def _draw(data: dict[str, Any], lang: str) -> dict[str, Any]:
    group = group_from_json(data)
    words = i18n.strings(lang)
    title = f"{words['chart_of']}: {_heading(group.about, group.kind, lang)}"
    return {
        "chart": svg(group, words, title, lang),
        "changes": _changes(group, words),
        "disagreements": _disagreements(group, words),
        "table": [
            {
                "reported": p.reported or words["undated"],
                "figure": amount(figure(p), group.unit),
                "who": ", ".join(claimants_of(p)),
                "status": words.get(p.status, p.status),
                "href": point_href(p, lang),
            }
            for p in group.points
        ],
    }


def _heading(about: str | None, kind: str, lang: str) -> str:
    label = kind_label(kind, lang)
    return f"{about} — {label}" if about else label


def _changes(group: ClaimGroup, words: dict[str, Any]) -> list[str]:
    """How the figure was revised, in the page's language."""
    return [
        words["revised"].format(
            before=amount(figure(c.before), group.unit),
            after=amount(figure(c.after), group.unit),
            who=", ".join(claimants_of(c.after)),
            when=c.after.reported or words["undated"],
        )
        for c in group.changes
    ]


def _disagreements(group: ClaimGroup, words: dict[str, Any]) -> list[str]:
    """Parties at odds, kept apart from revisions: a different party's different figure is
    not a change of mind."""
    return [
        words["disagrees"].format(
            who=", ".join(claimants_of(d.later)),
            figure=amount(figure(d.later), group.unit),
            when=d.later.reported or words["undated"],
            other=", ".join(claimants_of(d.earlier)),
            other_figure=amount(figure(d.earlier), group.unit),
            other_when=d.earlier.reported or words["undated"],
        )
        for d in group.disagreements
    ]


def _figure_row(g: dict[str, Any], charted: bool, lang: str) -> dict[str, Any]:
    """A row of the table of figures from a group's summary; it links to the chart below, or to
    the group's own page when the chart is not on this one."""
    low, high = g["low"], g["high"]
    own = f"/group/{quote(g['id'], safe='')}?lang={lang}"
    return {
        **g,
        "label": kind_label(g["counts"], lang),
        "heading": _heading(g["about"], g["counts"], lang),
        "latest": amount(figure_of(g["latest"]), g["unit"]) if g["latest"] else "",
        "range": amount(f"{number(low)}–{number(high)}" if low != high else number(low), g["unit"]),
        "href": f"#group-{g['id']}" if charted else own,
        "page": own,
    }


@router.get("/group/{group_id:path}", responses=PAGE_NOT_FOUND)
def group(request: Request, s: StoreDep, group_id: str, lang: Lang = None) -> HTMLResponse:
    """One figure: its timeline chart, revisions, every point with its source, and denials."""
    text = q.group_data(s.conn, [group_id]).get(group_id)
    if text is None:
        raise ApiError(404, "E404", f"no claim group with id {group_id!r}", "group_id")
    code = i18n.pick(lang)
    data = json.loads(text)
    drawn = _drawn(request.app.state.charts, text, code)
    points = [
        {**p, "figure": figure_of(p), "href": point_href(pt, code)}
        for p, pt in zip(data["points"], group_from_json(data).points, strict=True)
    ]
    heading = _heading(data["about"], data["counts"], code)
    return _page(request, "group.html", lang, g={**data, **drawn}, heading=heading, points=points)


@router.get("/articles")
def articles(
    request: Request,
    s: StoreDep,
    q_: QText = None,
    date_from: FromDate = None,
    date_to: ToDate = None,
    offset: Offset = 0,
    lang: Lang = None,
) -> HTMLResponse:
    return _articles_page(request, s, q_, date_from or None, date_to or None, offset, lang)


@router.get("/article/{article_id:path}", responses=PAGE_NOT_FOUND)
def article(
    request: Request, s: StoreDep, article_id: str, hl: Highlight = None, lang: Lang = None
) -> HTMLResponse:
    found = s.article(article_id)
    if found is None:
        raise ApiError(404, "E404", f"no article with id {article_id!r}", "article_id")
    analysis = s.analysis(article_id)
    claims = [
        {**c, "label": found.text[c["span"][0] : c["span"][1]]} for c in analysis.get("claims", [])
    ]
    body = render(found.text, _marks(analysis, hl))
    return _page(
        request,
        "article.html",
        lang,
        a=found,
        body=body,
        claims=claims,
        denials=analysis.get("denials", []),
    )


def _mark(span: list[int], css: str, **extra: str) -> Mark:
    return Mark(span[0], span[1], css, **extra)


def _marks(analysis: dict[str, Any], hl: str | None) -> list[Mark]:
    marks = [_mark(m["span"], "entity", title=m["canonical"]) for m in analysis.get("entities", [])]
    marks += [
        _mark(t["span"], "time", title=f"{t['start']}…{t['end']}")
        for t in analysis.get("times", [])
    ]
    for c in analysis.get("claims", []):
        who = ", ".join(c["sources"]) or "—"
        marks.append(_mark(c["span"], "figure", anchor=f"fig-{c['span'][0]}", title=who))
    marks += [_mark(d["span"], "denial") for d in analysis.get("denials", [])]
    if hl:
        start, end = (int(x) for x in hl.split("-"))
        marks.append(Mark(start, end, "target", anchor="target"))
    return marks


@router.get("/entity/{name:path}", responses=PAGE_NOT_FOUND)
def entity(request: Request, s: StoreDep, name: str, lang: Lang = None) -> HTMLResponse:
    found = q.entity(s.conn, name)
    if found is None:
        raise ApiError(404, "E404", f"no entity named {name!r}", "name")
    return _page(request, "entity.html", lang, e=found)


@router.get("/sources")
def sources(request: Request, s: StoreDep, lang: Lang = None) -> HTMLResponse:
    return _page(request, "sources.html", lang, **q.sources(s.conn))
