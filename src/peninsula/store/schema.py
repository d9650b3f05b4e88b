"""DuckDB schema and migrations.

Each migration is applied once, in order, inside a transaction; the applied
version is kept in ``meta``. Add a migration, never edit an applied one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: raw inputs and cleaned articles.
    """
    CREATE TABLE raw_documents (
        id          VARCHAR PRIMARY KEY,   -- content hash of data
        uri         VARCHAR NOT NULL,      -- where it was first read from
        media_type  VARCHAR NOT NULL,      -- reader that turns data into text
        hints       VARCHAR NOT NULL,      -- JSON: metadata the container gave
        data        BLOB NOT NULL,
        received_at TIMESTAMP NOT NULL
    );
    CREATE SEQUENCE article_seq START 1;
    CREATE TABLE articles (
        id              VARCHAR PRIMARY KEY,   -- content hash of text
        seq             BIGINT NOT NULL DEFAULT nextval('article_seq'),
        uri             VARCHAR NOT NULL,
        title           VARCHAR,
        outlet          VARCHAR,
        author          VARCHAR,
        published       VARCHAR,               -- ISO 8601, as precise as the source
        published_basis VARCHAR CHECK (published_basis IN ('explicit', 'given', 'inferred')),
        language        VARCHAR,
        text            VARCHAR NOT NULL,
        n_words         INTEGER NOT NULL,
        raw_id          VARCHAR NOT NULL,
        cleaner_version VARCHAR NOT NULL,
        ingested_at     TIMESTAMP NOT NULL
    );
    """,
)
