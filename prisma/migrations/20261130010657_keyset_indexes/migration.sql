-- DropIndex
DROP INDEX "Statement_articleId_idx";

-- DropIndex
DROP INDEX "Statement_sentimentScore_idx";

-- DropIndex
DROP INDEX "Statement_speakerId_publishedAt_idx";

-- DropIndex
DROP INDEX "Statement_speakerStateId_publishedAt_idx";

-- DropIndex
DROP INDEX "StatementTarget_stateId_idx";

-- DropIndex
DROP INDEX "StatementTopic_topicId_idx";

-- AlterTable
ALTER TABLE "StatementTarget" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "speakerStateId" INTEGER;

-- AlterTable
ALTER TABLE "StatementTopic" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Statement_articleId_publishedAt_id_idx" ON "Statement"("articleId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerId_publishedAt_id_idx" ON "Statement"("speakerId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerStateId_publishedAt_id_idx" ON "Statement"("speakerStateId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Statement_sentimentScore_id_idx" ON "Statement"("sentimentScore", "id");

-- CreateIndex
CREATE INDEX "Statement_goldstein_id_idx" ON "Statement"("goldstein", "id");

-- CreateIndex
CREATE INDEX "StatementTarget_stateId_publishedAt_statementId_idx" ON "StatementTarget"("stateId", "publishedAt", "statementId");

-- CreateIndex
CREATE INDEX "StatementTarget_stateId_speakerStateId_publishedAt_statemen_idx" ON "StatementTarget"("stateId", "speakerStateId", "publishedAt", "statementId");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_publishedAt_statementId_idx" ON "StatementTopic"("topicId", "publishedAt", "statementId");

-- The copies on the join tables follow their statement, whoever writes (ingestion, edits, bulk loads):
-- filled when a link is inserted, updated when the statement's publication time or speaker state changes.
-- The function bodies are E'' strings with \073 for each semicolon: Prisma's PostgreSQL adapter runs a
-- migration script by splitting it at every semicolon, which would cut a $$-quoted body apart.
CREATE FUNCTION "statement_target_copy_statement"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT s."publishedAt", s."speakerStateId" INTO NEW."publishedAt", NEW."speakerStateId"
  FROM "Statement" s WHERE s."id" = NEW."statementId"\073
  RETURN NEW\073
END';

CREATE TRIGGER "StatementTarget_copy_statement" BEFORE INSERT OR UPDATE OF "statementId" ON "StatementTarget"
FOR EACH ROW EXECUTE FUNCTION "statement_target_copy_statement"();

CREATE FUNCTION "statement_topic_copy_statement"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT s."publishedAt" INTO NEW."publishedAt" FROM "Statement" s WHERE s."id" = NEW."statementId"\073
  RETURN NEW\073
END';

CREATE TRIGGER "StatementTopic_copy_statement" BEFORE INSERT OR UPDATE OF "statementId" ON "StatementTopic"
FOR EACH ROW EXECUTE FUNCTION "statement_topic_copy_statement"();

CREATE FUNCTION "statement_copy_to_links"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "StatementTarget" SET "publishedAt" = NEW."publishedAt", "speakerStateId" = NEW."speakerStateId"
  WHERE "statementId" = NEW."id"\073
  UPDATE "StatementTopic" SET "publishedAt" = NEW."publishedAt" WHERE "statementId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "Statement_copy_to_links" AFTER UPDATE OF "publishedAt", "speakerStateId" ON "Statement"
FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt" OR OLD."speakerStateId" IS DISTINCT FROM NEW."speakerStateId")
EXECUTE FUNCTION "statement_copy_to_links"();

-- Existing links.
UPDATE "StatementTarget" t SET "publishedAt" = s."publishedAt", "speakerStateId" = s."speakerStateId"
FROM "Statement" s WHERE s."id" = t."statementId";
UPDATE "StatementTopic" t SET "publishedAt" = s."publishedAt" FROM "Statement" s WHERE s."id" = t."statementId";
