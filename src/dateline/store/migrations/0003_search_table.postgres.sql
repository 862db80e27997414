-- Search reads a slim table, one short row per article, instead of the wide articles rows (body,
-- compressed record, tsvector): finding the window of the newest matches then reads a few dense
-- pages. The tsvector moves here with its GIN index, kept out of line (toast_tuple_target), so
-- that a bitmap scan of the matches reads only the short part of each row.
CREATE TABLE article_search (
    n BIGINT PRIMARY KEY,               -- articles.n
    id TEXT NOT NULL,                   -- articles.id (ties in rank are broken by id)
    day TEXT,                           -- articles.day, for --since/--until
    source TEXT NOT NULL,               -- lower(source_key || ' ' || url): what --source matches
    tsv tsvector NOT NULL,              -- headline (weight A) and body (weight B), 'english'
    -- newest first is "newest DESC": the same order as day DESC NULLS LAST, n DESC, in one integer
    newest BIGINT GENERATED ALWAYS AS (
        coalesce(CASE WHEN day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN replace(day, '-', '')::bigint END, 0)
        * 4294967296 + n
    ) STORED
) WITH (toast_tuple_target = 128);
INSERT INTO article_search (n, id, day, source, tsv)
    SELECT n, id, day, lower(coalesce(source_key, '') || ' ' || coalesce(url, '')), tsv FROM articles;
CREATE INDEX article_search_tsv ON article_search USING GIN (tsv);
CREATE INDEX article_search_day ON article_search (day);
CREATE INDEX article_search_newest ON article_search (newest);
-- the store's write path fills article_search now: the generated column and its indexes go
DROP INDEX articles_newest;
ALTER TABLE articles DROP COLUMN tsv;
ANALYZE article_search;
