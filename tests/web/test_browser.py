"""End to end in headless chromium: what an analyst sees and clicks."""

from __future__ import annotations

from typing import Any

import pytest

from telusur.records import Analysis, Article, Claim, Published
from telusur.store import Store

HOSTILE = (
    "Judul\n\nWarga menulis <script>window.__pwned = 1</script> dan "
    '<img src=x onerror="window.__pwned = 2"> serta <a href="javascript:window.__pwned=3">'
    "tautan</a>. Relawan mengatakan 12 rumah rusak."
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, live_server: Any) -> Any:
    db = tmp_path_factory.mktemp("browser") / "hostile.db"
    at = HOSTILE.index("12")
    claim = Claim(
        span=(at, at + 2),
        sentence=(HOSTILE.index("Relawan"), len(HOSTILE)),
        value=12,
        low=12,
        high=12,
        qualifier="exact",
        unit="count",
        counts="rumah",
        kind="houses",
        about=None,
        sources=["Relawan"],
        channel=None,
        when=None,
        hedge=None,
        status="asserted",
    )
    article = Article(
        id="evil",
        text=HOSTILE,
        format="txt",
        origin="evil.txt",
        title="Judul",
        published=Published("2025-11-03", "2025-11-03", "metadata"),
    )
    with Store(str(db)) as store, store.batch():
        store.put(Analysis(article, claims=[claim]))
    with live_server(str(db)) as server:
        yield server


def test_hostile_article_renders_inert(page: Any, hostile_server: Any, shot: Any) -> None:
    dialogs: list[str] = []

    def seen(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", seen)
    page.goto(f"{hostile_server.url}/article/evil")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in text
    page.click("#article-text >> text=tautan")  # a link that would run script if it were live
    assert page.evaluate("window.__pwned === undefined")
    assert (
        page.locator("#article-text script, #article-text img, #article-text a[href]").count() == 0
    )
    assert dialogs == []
    shot(page, "hostile-article")


def test_language_switch_in_browser(page: Any, hostile_server: Any) -> None:
    page.goto(f"{hostile_server.url}/article/evil")
    assert page.locator("html").get_attribute("lang") == "id"
    page.click("#lang-switch")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h2", has_text="Figures").count() == 1


def test_search_finds_a_word(page: Any, hostile_server: Any, shot: Any) -> None:
    page.goto(f"{hostile_server.url}/articles")
    page.fill("input[name=q]", "relawan")
    page.click("form.search button")
    assert page.locator("table.articles a", has_text="Judul").count() == 1
    shot(page, "search")
