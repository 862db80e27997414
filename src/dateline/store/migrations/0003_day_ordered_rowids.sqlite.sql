-- Number articles by publication day: n = daynum * 2^28 + seq, where daynum is 1 + days since
-- 1970-01-01 (at least 1; 0 when the article has no date) and seq a store-wide counter.
-- The full-text index is then in publication order: --since/--until become a rowid range that FTS5
-- seeks to, and "the newest matches" are the most recently published ones.
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) SELECT 'article_seq', COALESCE(MAX(n), 0) FROM articles;
UPDATE articles SET n = n + 268435456 * COALESCE(MAX(1, CAST(julianday(day) - 2440587.5 AS INTEGER) + 1), 0)
    WHERE day IS NOT NULL;
DELETE FROM article_meta;
INSERT INTO article_meta (n, day, source)
    SELECT n, day, lower(coalesce(source_key, '') || ' ' || coalesce(url, '')) FROM articles;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
