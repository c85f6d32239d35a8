"""Schema versions and forward migrations, tracked in ``PRAGMA user_version``.

Pending migrations are applied once, in order, in one transaction taken under the write lock;
a database written by a newer Telusur is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3

from telusur.errors import StoreError

# A point's figure is its value, or its low and high ends for a range (as groups.span_of).
_GROUP_SUMMARY = """
    UPDATE claim_groups SET
        (low, high) = (
            SELECT min(v), max(v) FROM (
                SELECT coalesce(json_extract(p.value, '$.value'), json_extract(p.value, '$.low'),
                                json_extract(p.value, '$.high')) AS v
                FROM json_each({data}, '$.points') AS p
                UNION ALL
                SELECT coalesce(json_extract(p.value, '$.value'), json_extract(p.value, '$.high'))
                FROM json_each({data}, '$.points') AS p)),
        claimant_names = coalesce(json_extract({data}, '$.claimants'), '[]')
    WHERE {where};
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: articles with their cleaned text, facts and analysis; full-text index over title and text.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        digest TEXT NOT NULL,
        format TEXT NOT NULL,
        origin TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        rubric TEXT,
        dateline TEXT,
        credit TEXT,
        language TEXT,
        published_start TEXT,
        published_end TEXT,
        published_how TEXT NOT NULL DEFAULT 'unknown',
        published_evidence TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        boilerplate TEXT NOT NULL DEFAULT '[]',
        analysis TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published_start);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TABLE failures (
        origin TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    """,
    # 2: what the analysis found, as rows: shared entities, mentions, claims, denials.
    """
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        canonical TEXT NOT NULL UNIQUE,
        type TEXT
    );
    CREATE TABLE aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
    ) WITHOUT ROWID;
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id)
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        value REAL,
        low REAL,
        high REAL,
        qualifier TEXT NOT NULL,
        unit TEXT NOT NULL,
        counts TEXT,
        kind TEXT,
        about TEXT,
        sources TEXT NOT NULL DEFAULT '[]',
        channel TEXT,
        when_start TEXT,
        when_end TEXT,
        hedge TEXT,
        status TEXT NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id);
    CREATE INDEX claims_about ON claims(about);
    CREATE TABLE claim_sources (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        source TEXT NOT NULL
    );
    CREATE INDEX claim_sources_source ON claim_sources(source);
    CREATE TABLE denials (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        by TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL,
        target TEXT,
        text TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX denials_article ON denials(article_id);
    """,
    # 3: cross-article links: same-origin groups, stories, claim groups, and the linker's indexes.
    """
    CREATE TABLE article_links (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        story TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX article_links_origin ON article_links(origin);
    CREATE INDEX article_links_story ON article_links(story);
    CREATE TABLE origin_groups (
        id TEXT PRIMARY KEY,
        credit TEXT,
        articles TEXT NOT NULL,
        links TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT,
        start TEXT,
        end TEXT,
        outlets TEXT NOT NULL DEFAULT '[]',
        articles INTEGER NOT NULL
    );
    CREATE TABLE claim_groups (
        id TEXT PRIMARY KEY,
        story TEXT,
        about TEXT,
        kind TEXT NOT NULL,
        unit TEXT NOT NULL,
        points INTEGER NOT NULL,
        claimants INTEGER NOT NULL,
        origin_groups INTEGER NOT NULL,
        denials INTEGER NOT NULL,
        latest TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX claim_groups_story ON claim_groups(story);
    CREATE TABLE linker_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        articles INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    """,
    # 4: listing order of articles as an index, so a page of claims stops early.
    """
    CREATE INDEX articles_listing ON articles(published_start IS NULL, published_start, id);
    """,
    # 5: a claim group's span of values and claimant names beside its timeline, so a story's
    # table of figures reads a few columns instead of parsing every timeline. The database
    # derives them from ``data`` on every insert, whoever writes the group.
    f"""
    ALTER TABLE claim_groups ADD COLUMN low REAL;
    ALTER TABLE claim_groups ADD COLUMN high REAL;
    ALTER TABLE claim_groups ADD COLUMN claimant_names TEXT NOT NULL DEFAULT '[]';
    CREATE TRIGGER claim_groups_summary AFTER INSERT ON claim_groups BEGIN
        {_GROUP_SUMMARY.format(data="new.data", where="rowid = new.rowid")}
    END;
    {_GROUP_SUMMARY.format(data="data", where="1")}
    """,
    # 6: the store's counts (``telusur stats``, /api/stats) from small indexes rather than a
    # scan of every article's text: language and publication kind, and removed boilerplate
    # lines as a generated column.
    """
    CREATE INDEX articles_facets ON articles(language, published_how);
    ALTER TABLE articles ADD COLUMN removed_lines INTEGER
        GENERATED ALWAYS AS (json_array_length(boilerplate)) VIRTUAL;
    CREATE INDEX articles_removed ON articles(removed_lines);
    """,
    # 7: lines learned per outlet (telusur.store.learned): how many of an outlet's articles
    # carry each line (by key), which lines are learned, and each article's keys, so that a
    # newly learned line re-cleans only the articles that carry it.
    """
    CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL,
        key INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        learned INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (outlet, key)
    ) WITHOUT ROWID;
    CREATE INDEX outlet_lines_learned ON outlet_lines(outlet) WHERE learned;
    CREATE TABLE outlet_counts (
        outlet TEXT PRIMARY KEY,
        articles INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE line_keys (
        article_id TEXT PRIMARY KEY,
        outlet TEXT NOT NULL,
        keys BLOB NOT NULL
    );
    CREATE INDEX line_keys_outlet ON line_keys(outlet);
    """,
    # 8: the full-text index is rewritten only when an article's title or text changes, not
    # when its date or analysis alone is (a re-dating used to index the whole text again).
    """
    DROP TRIGGER articles_au;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 9: sagas (telusur.link.sagas): each story's saga, the names and measures that profile a
    # story for threading, and the links that joined two stories with their evidence. Claim
    # groups are keyed by saga; those stored before keep their story as their saga until their
    # stories are grouped again. A story without a row is its own saga, not yet profiled.
    """
    CREATE TABLE story_sagas (
        story TEXT PRIMARY KEY,
        saga TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX story_sagas_saga ON story_sagas(saga);
    CREATE TABLE story_names (
        story TEXT NOT NULL,
        name TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (story, name)
    ) WITHOUT ROWID;
    CREATE INDEX story_names_name ON story_names(name);
    CREATE TABLE story_measures (
        story TEXT NOT NULL,
        measure TEXT NOT NULL,
        PRIMARY KEY (story, measure)
    ) WITHOUT ROWID;
    CREATE TABLE saga_links (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        names TEXT NOT NULL,
        measures TEXT NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX saga_links_b ON saga_links(b);
    ALTER TABLE claim_groups ADD COLUMN saga TEXT;
    UPDATE claim_groups SET saga = story;
    CREATE INDEX claim_groups_saga ON claim_groups(saga);
    """,
    # 10: a claim's sources found by the claim, so that deleting an article's claims (an
    # article stored again, or re-dated) finds their sources through the index instead of
    # reading every claim's sources once per deleted claim (the foreign key's cascade).
    """
    CREATE INDEX claim_sources_claim ON claim_sources(claim_id);
    """,
)

LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, name: str) -> int:
    """Bring the schema up to date; returns the version now in force.

    The version is read again under the write lock, so that two writers opening one new file
    at once never both apply a migration: the second finds it applied and does nothing.
    """
    if _version(conn, name) == LATEST:
        return LATEST
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(_version(conn, name) + 1, LATEST + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return LATEST


def _version(conn: sqlite3.Connection, name: str) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise StoreError(
            f"{name}: schema version {version} is newer than this Telusur knows ({LATEST}); "
            "upgrade Telusur",
            "E202",
        )
    return version


def _statements(script: str) -> list[str]:
    """One migration's statements, whole (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"an incomplete statement in a migration: {pending.strip()[:60]}")
    return statements
