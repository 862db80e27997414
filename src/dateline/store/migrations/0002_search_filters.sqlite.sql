-- A slim copy of what search filters on, one short row per article: filtering the full-text
-- matches through it reads a few dense pages instead of the wide articles rows (body and record).
CREATE TABLE article_meta (
    n INTEGER PRIMARY KEY,              -- articles.n, the FTS5 rowid
    day TEXT,                           -- articles.day
    source TEXT NOT NULL                -- lower(source_key || ' ' || url): what --source matches
);
INSERT INTO article_meta (n, day, source)
    SELECT n, day, lower(coalesce(source_key, '') || ' ' || coalesce(url, '')) FROM articles;
