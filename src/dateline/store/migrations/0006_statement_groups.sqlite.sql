-- dateline corpus store, SQLite: each speaker's statements grouped once per change of the store, not
-- on every read. statement_groups holds, per corpus entity quoted as a speaker, the statements that
-- dateline.corpus.provenance.group makes of all its quotes (dateline.corpus.statements.refresh
-- writes it); statement_dirty lists the speakers whose quotes changed since (triggers below mark
-- them on every change the grouping depends on: a quote added, changed or removed, a corpus key
-- moved to another entity, an article's story, publication time, headline, outlet, URL or source
-- changed). A read uses the kept groups of a speaker only when it is not listed there; otherwise it
-- groups as before.
CREATE TABLE statement_groups (
    speaker TEXT NOT NULL,              -- corpus entity id (entity_keys.canonical) of the speaker
    grp INTEGER NOT NULL,               -- the statement's place in provenance.group's order
    pos INTEGER NOT NULL,               -- the appearance's place in its statement (0: first seen)
    article_id TEXT NOT NULL,
    qid TEXT NOT NULL,
    date TEXT,                          -- on pos 0: the statement's date (said on, else first published)
    -- the appearance as a statement shows it (copied from quotes and articles, so that a speaker's
    -- statements are one read of consecutive rows; the triggers mark a change of any of them)
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    speaker_name TEXT,
    speaker_ckey TEXT,
    said TEXT,                          -- quotes.date
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
) WITHOUT ROWID;
CREATE INDEX statement_heads ON statement_groups (speaker, pos, date, article_id, qid); -- a speaker's statements in order
CREATE TABLE statement_dirty (          -- speakers whose statements changed since they were grouped
    speaker TEXT PRIMARY KEY,
    n INTEGER NOT NULL DEFAULT 1        -- bumped at every change: a refresh clears only what it read
) WITHOUT ROWID;
INSERT INTO statement_dirty (speaker)
SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey;
CREATE TRIGGER statement_dirty_quote_insert AFTER INSERT ON quotes BEGIN INSERT INTO statement_dirty (speaker) SELECT canonical FROM entity_keys WHERE ckey = NEW.speaker_ckey ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_quote_delete AFTER DELETE ON quotes BEGIN INSERT INTO statement_dirty (speaker) SELECT canonical FROM entity_keys WHERE ckey = OLD.speaker_ckey ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_quote_update AFTER UPDATE ON quotes BEGIN INSERT INTO statement_dirty (speaker) SELECT canonical FROM entity_keys WHERE ckey IN (OLD.speaker_ckey, NEW.speaker_ckey) ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_key_insert AFTER INSERT ON entity_keys BEGIN INSERT INTO statement_dirty (speaker) SELECT NEW.canonical WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_ckey = NEW.ckey) ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_key_update AFTER UPDATE ON entity_keys WHEN OLD.canonical IS NOT NEW.canonical OR OLD.ckey IS NOT NEW.ckey BEGIN INSERT INTO statement_dirty (speaker) SELECT c FROM (SELECT OLD.canonical AS c UNION SELECT NEW.canonical) WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_ckey IN (OLD.ckey, NEW.ckey)) ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_key_delete AFTER DELETE ON entity_keys BEGIN INSERT INTO statement_dirty (speaker) SELECT OLD.canonical WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_ckey = OLD.ckey) ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_article_update AFTER UPDATE ON articles WHEN OLD.story_id IS NOT NEW.story_id OR OLD.published IS NOT NEW.published OR OLD.id IS NOT NEW.id OR OLD.headline IS NOT NEW.headline OR OLD.outlet IS NOT NEW.outlet OR OLD.url IS NOT NEW.url OR OLD.source_key IS NOT NEW.source_key BEGIN INSERT INTO statement_dirty (speaker) SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey WHERE q.article_id IN (OLD.id, NEW.id) ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER statement_dirty_article_delete AFTER DELETE ON articles BEGIN INSERT INTO statement_dirty (speaker) SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey WHERE q.article_id = OLD.id ON CONFLICT (speaker) DO UPDATE SET n = n + 1; END;
