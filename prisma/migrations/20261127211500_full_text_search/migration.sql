-- Full-text search on statements and articles (English configuration).
-- Expression indexes: queries use the very same expressions (see src/graphql/**/…-filter.ts / statement-source.ts),
-- so PostgreSQL and PGlite answer `@@ websearch_to_tsquery(...)` from the index.
CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN (to_tsvector('english', "text"));
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ((setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "body"), 'B')));
