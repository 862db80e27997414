-- dateline corpus store, SQLite: covering indexes for the corpus-wide reads of the web face's start
-- page and of `dateline stats` (statements are distinct (story, wording) pairs: the quotes' wordings
-- and each article's story are read from the indexes, not from the wide article rows).
CREATE INDEX quotes_article_norm ON quotes (article_id, norm);
CREATE INDEX quotes_speaker_norm ON quotes (speaker_ckey, article_id, norm);
CREATE INDEX articles_id_story ON articles (id, story_id);
