-- dateline corpus store, SQLite: the outlet and the input's own id on each article (filters and
-- context rows), and the entity merges and splits a person made (dateline entities merge / split).
-- Articles stored before this migration have no outlet (their records predate the field).
ALTER TABLE articles ADD COLUMN outlet TEXT;          -- Article.outlet, as in the record
ALTER TABLE articles ADD COLUMN outlet_key TEXT;      -- lower case, spaces squeezed: what --outlet compares
ALTER TABLE articles ADD COLUMN external_id TEXT;     -- Article.source.id, the input's own id
CREATE INDEX articles_outlet ON articles (outlet_key);
CREATE INDEX articles_external_id ON articles (external_id);

CREATE TABLE entity_overrides (
    n INTEGER PRIMARY KEY,                            -- its number, shown by dateline entities overrides
    action TEXT NOT NULL,                             -- merge or split
    a TEXT NOT NULL,                                  -- corpus keys TYPE:name_key
    b TEXT NOT NULL,
    created TEXT NOT NULL,                            -- UTC, ISO 8601
    undone TEXT                                       -- UTC time it was undone, else NULL
);
