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
    # 2: event mentions (one per report) and the events they are deduplicated into.
    """
    CREATE TABLE events (
        id                VARCHAR PRIMARY KEY,
        key               VARCHAR NOT NULL,      -- type|actor|recipient|modality
        event             VARCHAR NOT NULL,      -- PLOVER type
        mode              VARCHAR,
        context           VARCHAR NOT NULL,      -- JSON list
        actor_code        VARCHAR NOT NULL,
        actor_sector      VARCHAR NOT NULL,
        actor_text        VARCHAR NOT NULL,
        actor_name        VARCHAR NOT NULL,
        recipient_code    VARCHAR,
        recipient_sector  VARCHAR,
        recipient_text    VARCHAR,
        recipient_name    VARCHAR,
        date              VARCHAR,               -- ISO, truncated to date_precision
        date_day          DATE,                  -- first day of that period
        date_precision    VARCHAR,
        date_basis        VARCHAR,
        modality          VARCHAR NOT NULL,
        intensity         DOUBLE NOT NULL,
        confidence        DOUBLE NOT NULL,
        mentions          INTEGER NOT NULL,
        article_id        VARCHAR NOT NULL,      -- first article that reported it
        event_text        VARCHAR NOT NULL,
        text_start        INTEGER NOT NULL,
        text_end          INTEGER NOT NULL
    );
    CREATE INDEX events_key ON events (key);
    CREATE TABLE mentions (
        id                VARCHAR PRIMARY KEY,
        event_id          VARCHAR NOT NULL,
        article_id        VARCHAR NOT NULL,
        event             VARCHAR NOT NULL,
        mode              VARCHAR,
        actor_code        VARCHAR NOT NULL,
        recipient_code    VARCHAR,
        date              VARCHAR,
        date_precision    VARCHAR,
        date_basis        VARCHAR,
        modality          VARCHAR NOT NULL,
        confidence        DOUBLE NOT NULL,
        event_text        VARCHAR NOT NULL,
        text_start        INTEGER NOT NULL,
        text_end          INTEGER NOT NULL,
        trigger           VARCHAR NOT NULL,
        extractor_version VARCHAR NOT NULL
    );
    CREATE INDEX mentions_article ON mentions (article_id);
    CREATE INDEX mentions_event ON mentions (event_id);
    """,
)
