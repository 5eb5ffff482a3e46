-- CreateTable
CREATE TABLE "StatementTargetPair" (
    "statementId" INTEGER NOT NULL,
    "stateId" INTEGER NOT NULL,
    "otherStateId" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "speakerStateId" INTEGER,

    CONSTRAINT "StatementTargetPair_pkey" PRIMARY KEY ("statementId","stateId","otherStateId")
);

-- CreateIndex
CREATE INDEX "StatementTargetPair_stateId_otherStateId_publishedAt_statem_idx" ON "StatementTargetPair"("stateId", "otherStateId", "publishedAt", "statementId");

-- AddForeignKey
ALTER TABLE "StatementTargetPair" ADD CONSTRAINT "StatementTargetPair_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The pairs follow the target rows, whoever writes them (ingestion, re-extraction, edits): added with a target,
-- removed with it, moved when a target row changes its statement or state, and their copies of publishedAt and
-- speakerStateId updated with the other join tables' (statement_copy_to_links). Inserts and deletes are handled once
-- per SQL statement from its transition table, so an article's targets written in one INSERT cost one pass.
-- Bodies are E'' strings with \073 for each semicolon (see the keyset_indexes migration for why).
CREATE FUNCTION "statement_target_pairs_added"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "StatementTargetPair" ("statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId")
  SELECT n."statementId", least(n."stateId", t."stateId"), greatest(n."stateId", t."stateId"), n."publishedAt",
    n."speakerStateId"
  FROM "added" n JOIN "StatementTarget" t ON t."statementId" = n."statementId" AND t."stateId" <> n."stateId"
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "StatementTarget_pairs_added" AFTER INSERT ON "StatementTarget"
REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "statement_target_pairs_added"();

CREATE FUNCTION "statement_target_pairs_removed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "StatementTargetPair" p USING "removed" o
  WHERE p."statementId" = o."statementId" AND (p."stateId" = o."stateId" OR p."otherStateId" = o."stateId")\073
  RETURN NULL\073
END';

CREATE TRIGGER "StatementTarget_pairs_removed" AFTER DELETE ON "StatementTarget"
REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "statement_target_pairs_removed"();

-- A target row that changes its statement or state (no code path does today, a hand edit might): its old pairs
-- go and its new ones come, row by row (transition tables cannot go with a column list).
CREATE FUNCTION "statement_target_pairs_moved"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "StatementTargetPair" p WHERE p."statementId" = OLD."statementId"
    AND (p."stateId" = OLD."stateId" OR p."otherStateId" = OLD."stateId")\073
  INSERT INTO "StatementTargetPair" ("statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId")
  SELECT NEW."statementId", least(NEW."stateId", t."stateId"), greatest(NEW."stateId", t."stateId"),
    NEW."publishedAt", NEW."speakerStateId"
  FROM "StatementTarget" t WHERE t."statementId" = NEW."statementId" AND t."stateId" <> NEW."stateId"
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "StatementTarget_pairs_moved" AFTER UPDATE OF "statementId", "stateId" ON "StatementTarget"
FOR EACH ROW WHEN (OLD."statementId" IS DISTINCT FROM NEW."statementId" OR OLD."stateId" IS DISTINCT FROM NEW."stateId")
EXECUTE FUNCTION "statement_target_pairs_moved"();

CREATE OR REPLACE FUNCTION "statement_copy_to_links"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "StatementTarget" SET "publishedAt" = NEW."publishedAt", "speakerStateId" = NEW."speakerStateId"
  WHERE "statementId" = NEW."id"\073
  UPDATE "StatementTargetPair" SET "publishedAt" = NEW."publishedAt", "speakerStateId" = NEW."speakerStateId"
  WHERE "statementId" = NEW."id"\073
  UPDATE "StatementTopic" SET "publishedAt" = NEW."publishedAt" WHERE "statementId" = NEW."id"\073
  RETURN NULL\073
END';

-- Existing targets.
INSERT INTO "StatementTargetPair" ("statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId")
SELECT a."statementId", a."stateId", b."stateId", a."publishedAt", a."speakerStateId"
FROM "StatementTarget" a JOIN "StatementTarget" b ON b."statementId" = a."statementId" AND b."stateId" > a."stateId";
