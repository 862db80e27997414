-- dateline corpus store, PostgreSQL: the initial schema.
CREATE TABLE articles (
    n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- Article.id, from the content
    source_key TEXT,                    -- path, path:line (jsonl) or path#n (warc) of the first input
    path TEXT,
    url TEXT,
    format TEXT,
    headline TEXT,
    published TEXT,                     -- as in the record (ISO 8601)
    day TEXT,                           -- YYYY-MM-DD of published, for --since/--until
    text TEXT NOT NULL,                 -- the clean body (indexed for full text)
    record BYTEA NOT NULL,              -- the whole record, JSON, zlib-compressed
    fingerprint TEXT NOT NULL,          -- dedup.fingerprint of the body
    signature BYTEA,                    -- MinHash signature, uint32 x dedup.NUM_PERM
    story_id TEXT NOT NULL              -- smallest article id of its duplicate cluster
);
CREATE INDEX articles_fingerprint ON articles (fingerprint);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_url ON articles (url);

ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', text), 'B')
) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE lsh (
    key BIGINT NOT NULL,                -- dedup.band_keys
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, article_id)
);

CREATE TABLE sources (
    key TEXT PRIMARY KEY,               -- every input key that gave a stored article
    article_id TEXT NOT NULL
);
CREATE TABLE rejects (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL
);

CREATE TABLE entities (                 -- per article
    article_id TEXT NOT NULL,
    eid TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    ckey TEXT,                          -- corpus key "TYPE:name_key"
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL,              -- JSON list
    titles TEXT NOT NULL,               -- JSON list
    PRIMARY KEY (article_id, eid)
);
CREATE INDEX entities_ckey ON entities (ckey);

CREATE TABLE entity_keys (              -- one row per distinct corpus key
    ckey TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,                 -- best surface form seen with this key
    canonical TEXT NOT NULL,            -- smallest ckey of its same-referent component
    articles INTEGER NOT NULL
);
CREATE INDEX entity_keys_canonical ON entity_keys (canonical);
CREATE TABLE entity_names (             -- every name written for a corpus key (aliases)
    ckey TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (ckey, name)
);
CREATE TABLE entity_blocks (            -- blocking keys for same_referent candidates
    block TEXT NOT NULL,
    ckey TEXT NOT NULL,
    PRIMARY KEY (block, ckey)
);
CREATE TABLE corpus_entities (          -- merged across articles
    id TEXT PRIMARY KEY,                -- the canonical ckey
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX corpus_entities_articles ON corpus_entities (articles DESC);

CREATE TABLE quotes (
    article_id TEXT NOT NULL,
    qid TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,                 -- dedup.normalise(text): one statement per story and norm
    speaker TEXT,
    speaker_ckey TEXT,
    cue TEXT,
    date TEXT,                          -- TIMEX3 value of when it was said, when known
    day TEXT,                           -- YYYY-MM-DD: the quote's date, else the article's
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, qid)
);
CREATE INDEX quotes_speaker ON quotes (speaker_ckey);
CREATE TABLE quote_entities (           -- entities mentioned inside a quote (quotes --about)
    article_id TEXT NOT NULL,
    qid TEXT NOT NULL,
    ckey TEXT NOT NULL,
    PRIMARY KEY (article_id, qid, ckey)
);
CREATE INDEX quote_entities_ckey ON quote_entities (ckey);

CREATE TABLE times (
    article_id TEXT NOT NULL,
    tid TEXT NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    mod TEXT,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, tid)
);

CREATE TABLE events (
    article_id TEXT NOT NULL,
    evid TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    place TEXT,
    quote TEXT,
    participants TEXT NOT NULL,         -- JSON list of corpus keys
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, evid)
);
CREATE TABLE event_entities (
    article_id TEXT NOT NULL,
    evid TEXT NOT NULL,
    ckey TEXT NOT NULL,
    PRIMARY KEY (article_id, evid, ckey)
);
CREATE INDEX event_entities_ckey ON event_entities (ckey);
