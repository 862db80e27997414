-- dateline corpus store, PostgreSQL: each speaker's statements grouped once per change of the store,
-- not on every read (the SQLite twin explains the tables). Each trigger function is written so that no
-- line but its last ends with a semicolon (the migration runner splits statements there).
CREATE TABLE statement_groups (
    speaker TEXT NOT NULL,
    grp INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    qid TEXT NOT NULL,
    date TEXT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    speaker_name TEXT,
    speaker_ckey TEXT,
    said TEXT,
    day TEXT,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    story_id TEXT,
    headline TEXT,
    outlet TEXT,
    published TEXT,
    url TEXT,
    source_key TEXT,
    PRIMARY KEY (speaker, grp, pos)
);
CREATE INDEX statement_heads ON statement_groups (speaker, pos, date, article_id, qid);
CREATE TABLE statement_dirty (
    speaker TEXT PRIMARY KEY,
    n INTEGER NOT NULL DEFAULT 1
);
INSERT INTO statement_dirty (speaker)
SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey;
CREATE FUNCTION statement_dirty_quotes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    IF TG_OP <> 'INSERT' THEN INSERT INTO statement_dirty (speaker) SELECT canonical FROM entity_keys WHERE ckey = OLD.speaker_ckey ON CONFLICT (speaker) DO UPDATE SET n = statement_dirty.n + 1; END IF
    ; IF TG_OP <> 'DELETE' THEN INSERT INTO statement_dirty (speaker) SELECT canonical FROM entity_keys WHERE ckey = NEW.speaker_ckey ON CONFLICT (speaker) DO UPDATE SET n = statement_dirty.n + 1; END IF
    ; RETURN NULL
; END $$;
CREATE TRIGGER statement_dirty_quotes AFTER INSERT OR UPDATE OR DELETE ON quotes
FOR EACH ROW EXECUTE FUNCTION statement_dirty_quotes();
CREATE FUNCTION statement_dirty_keys() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    IF TG_OP <> 'INSERT' THEN INSERT INTO statement_dirty (speaker) SELECT OLD.canonical WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_ckey = OLD.ckey) AND (TG_OP = 'DELETE' OR OLD.canonical IS DISTINCT FROM NEW.canonical OR OLD.ckey IS DISTINCT FROM NEW.ckey) ON CONFLICT (speaker) DO UPDATE SET n = statement_dirty.n + 1; END IF
    ; IF TG_OP <> 'DELETE' THEN INSERT INTO statement_dirty (speaker) SELECT NEW.canonical WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_ckey = NEW.ckey) AND (TG_OP = 'INSERT' OR OLD.canonical IS DISTINCT FROM NEW.canonical OR OLD.ckey IS DISTINCT FROM NEW.ckey) ON CONFLICT (speaker) DO UPDATE SET n = statement_dirty.n + 1; END IF
    ; RETURN NULL
; END $$;
CREATE TRIGGER statement_dirty_keys AFTER INSERT OR UPDATE OR DELETE ON entity_keys
FOR EACH ROW EXECUTE FUNCTION statement_dirty_keys();
CREATE FUNCTION statement_dirty_articles() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    IF TG_OP = 'DELETE' OR OLD.story_id IS DISTINCT FROM NEW.story_id OR OLD.published IS DISTINCT FROM NEW.published OR OLD.id IS DISTINCT FROM NEW.id OR OLD.headline IS DISTINCT FROM NEW.headline OR OLD.outlet IS DISTINCT FROM NEW.outlet OR OLD.url IS DISTINCT FROM NEW.url OR OLD.source_key IS DISTINCT FROM NEW.source_key THEN INSERT INTO statement_dirty (speaker) SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey WHERE q.article_id = OLD.id OR (TG_OP = 'UPDATE' AND q.article_id = NEW.id) ON CONFLICT (speaker) DO UPDATE SET n = statement_dirty.n + 1; END IF
    ; RETURN NULL
; END $$;
CREATE TRIGGER statement_dirty_articles AFTER UPDATE OR DELETE ON articles
FOR EACH ROW EXECUTE FUNCTION statement_dirty_articles();
