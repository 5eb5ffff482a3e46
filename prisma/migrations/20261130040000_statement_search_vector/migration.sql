-- Full-text search reads a stored document instead of parsing each candidate's text again: the GIN index matches
-- on the column, and checking a match or ranking it (ts_rank) reads the stored vector. The column is generated, so
-- every writer keeps it right without knowing it. The index keeps its name (and the plan test's exemption for it).
ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

DROP INDEX "Statement_text_search_idx";

CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN ("searchVector");

-- A pair of states (target, speaker) is far from independent: busy speakers talk about busy targets. Without
-- statistics on the pair PostgreSQL multiplies the two frequencies, guesses a few dozen rows for a range of
-- thousands, and sorts the whole range instead of reading its newest rows from the pair's index.
CREATE STATISTICS "StatementTarget_state_pair_stats" (ndistinct, dependencies, mcv) ON "stateId", "speakerStateId" FROM "StatementTarget";

ANALYZE "StatementTarget";
