-- Search ranks the newest matches (publication day, then storage order): for a word in many
-- articles, walking this index newest-first and stopping after the window beats reading every match.
CREATE INDEX articles_newest ON articles (day DESC NULLS LAST, n DESC);
