-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "aliasKeys" TEXT[],
ADD COLUMN     "aliasKeysStale" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Person_aliasKeys_idx" ON "Person" USING GIN ("aliasKeys");

-- CreateIndex
CREATE INDEX "Person_aliasKeysStale_idx" ON "Person"("aliasKeysStale");

-- Writers that change the aliases (or name) of a person without aliasKeys, such as mergePeople, leave the keys
-- stale, and the next lookup of the ingester recomputes them (normalising is JavaScript, src/text/normalize-name.ts).
-- The body is an E-string with \073 for each semicolon: the Prisma adapter splits migration scripts at semicolons
-- (and this comment has no quote mark, which would confuse that split).
CREATE FUNCTION "person_alias_keys_stale"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."aliasKeysStale" := true\073
  RETURN NEW\073
END';

CREATE TRIGGER "Person_alias_keys_stale" BEFORE UPDATE OF "aliases", "name" ON "Person"
FOR EACH ROW WHEN ((OLD."aliases" IS DISTINCT FROM NEW."aliases" OR OLD."name" IS DISTINCT FROM NEW."name")
  AND OLD."aliasKeys" IS NOT DISTINCT FROM NEW."aliasKeys")
EXECUTE FUNCTION "person_alias_keys_stale"();

-- Looked up on every ingest: without the pending list of fast update, a lookup never scans megabytes of entries
-- that bulk inserts queued, so it costs the same at any size. Inserts (a few people per article) update it directly.
ALTER INDEX "Person_aliasKeys_idx" SET (fastupdate = off);
