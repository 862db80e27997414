-- dateline corpus store, PostgreSQL: the story of each article read from an index (the corpus-wide
-- counts of statements join every quote to its article's story). The SQLite twin also indexes the
-- quotes' wordings; here a long wording could pass PostgreSQL's B-tree entry limit, so it does not.
CREATE INDEX articles_id_story ON articles (id, story_id);
