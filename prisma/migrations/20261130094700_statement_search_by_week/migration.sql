-- "Best match first" ranks the newest matches of a search (see RELEVANCE_CANDIDATES). Finding them from the plain
-- full-text index means reading every match's row for its publication time (15,816 rows for a common pair of words
-- at 2,000,000 statements), and walking the publication-time index means testing ~60,000 rows for 500 matches.
-- This index keys every word by the week the statement was published in ('w2960:satellit' for "satellite" in week
-- 2960 since 1970), so one week's matches come from the index alone, newest week first, and only their rows are read.
-- The functions are IMMUTABLE (the index calls them) and written with SQL-standard bodies, bound when created.

-- The week since 1970-01-01 (a Thursday) a publication time falls in, "publishedAt" being UTC without a time zone.
CREATE FUNCTION statement_search_week(published_at timestamp) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN floor(date_part('epoch', published_at) / 604800)::int;

-- A search vector with each lexeme renamed 'w<week>:<lexeme>' (positions and weights kept, so phrase queries
-- work) plus the lexeme 'w<week>' itself. Lexemes never contain the colon-less 'w<week>' form, and the week
-- ends at the first colon, so the renaming is one to one.
CREATE FUNCTION statement_search_weekly_vector(vector tsvector, published_at timestamp) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (regexp_replace(vector::text, '''((?:[^'']|'''')*)''', '''w' || statement_search_week(published_at) || ':\1''', 'g')
    || ' ''w' || statement_search_week(published_at) || '''')::tsvector;

-- The query a statement of week `week` matches in its weekly vector exactly when it matches `query` in its own
-- vector: the same query over the renamed lexemes. A query that an empty document matches (only negations, e.g.
-- '!a') would match every other week's statements too (they hold none of the renamed lexemes): it also requires
-- the week's own lexeme. An empty query (only stop words) stays empty and matches nothing, as before.
CREATE FUNCTION statement_search_week_query(query tsquery, week int) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN numnode(query) = 0 THEN query
    WHEN ''::tsvector @@ query THEN ('''w' || week || ''' & ('
      || regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''w' || week || ':\1''', 'g') || ')')::tsquery
    ELSE regexp_replace(query::text, '''((?:[^'']|'''')*)''', '''w' || week || ':\1''', 'g')::tsquery
  END;

CREATE INDEX "Statement_weekly_search_idx" ON "Statement"
  USING GIN (statement_search_weekly_vector("searchVector", "publishedAt"));
