-- CreateTable
CREATE TABLE "StateDyad" (
    "sourceStateId" INTEGER NOT NULL,
    "targetStateId" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,
    "goldsteinSum" DOUBLE PRECISION NOT NULL,
    "negativeCount" INTEGER NOT NULL,
    "neutralCount" INTEGER NOT NULL,
    "positiveCount" INTEGER NOT NULL,

    CONSTRAINT "StateDyad_pkey" PRIMARY KEY ("sourceStateId","targetStateId")
);

-- CreateTable
CREATE TABLE "StateDyadDaily" (
    "sourceStateId" INTEGER NOT NULL,
    "targetStateId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "type" "StatementType" NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,
    "goldsteinSum" DOUBLE PRECISION NOT NULL,
    "negativeCount" INTEGER NOT NULL,
    "neutralCount" INTEGER NOT NULL,
    "positiveCount" INTEGER NOT NULL,

    CONSTRAINT "StateDyadDaily_pkey" PRIMARY KEY ("sourceStateId","targetStateId","day","type")
);

-- CreateTable
CREATE TABLE "StateDyadTopic" (
    "sourceStateId" INTEGER NOT NULL,
    "targetStateId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "StateDyadTopic_pkey" PRIMARY KEY ("sourceStateId","targetStateId","topicId")
);

-- CreateTable
CREATE TABLE "TopicState" (
    "topicId" INTEGER NOT NULL,
    "stateId" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "TopicState_pkey" PRIMARY KEY ("topicId","stateId")
);

-- CreateTable
CREATE TABLE "TopicDaily" (
    "topicId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,
    "goldsteinSum" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "TopicDaily_pkey" PRIMARY KEY ("topicId","day")
);

-- CreateIndex
CREATE INDEX "StateDyad_targetStateId_sourceStateId_idx" ON "StateDyad"("targetStateId", "sourceStateId");

-- CreateIndex
CREATE INDEX "StateDyadDaily_targetStateId_sourceStateId_day_idx" ON "StateDyadDaily"("targetStateId", "sourceStateId", "day");

-- CreateIndex
CREATE INDEX "StateDyadDaily_day_idx" ON "StateDyadDaily"("day");

-- Backfill the rollups from the statements already stored (same SQL as rebuildAnalyticsRollups in
-- src/db/queries/analytics/rollup-maintenance.ts: later writes keep them up to date by deltas).
WITH RECURSIVE ancestors("topicId", "ancestorId") AS (
  SELECT "id", "id" FROM "Topic"
  UNION
  SELECT a."topicId", t."parentId" FROM ancestors a JOIN "Topic" t ON t."id" = a."ancestorId" WHERE t."parentId" IS NOT NULL
),
src AS MATERIALIZED (
  SELECT s."id", s."speakerStateId", (s."publishedAt")::date AS "day", s."type", s."sentimentScore", s."sentimentLabel", s."goldstein"
  FROM "Statement" s WHERE TRUE
),
dyads AS MATERIALIZED (
  SELECT src.*, t."stateId" AS "targetStateId" FROM src JOIN "StatementTarget" t ON t."statementId" = src."id"
  WHERE src."speakerStateId" IS NOT NULL
),
subtree AS MATERIALIZED (
  SELECT DISTINCT src.*, a."ancestorId" AS "topicId"
  FROM src JOIN "StatementTopic" st ON st."statementId" = src."id" JOIN ancestors a ON a."topicId" = st."topicId"
),
w1 AS (
  INSERT INTO "StateDyad" ("sourceStateId", "targetStateId", "statementCount", "sentimentSum", "goldsteinSum", "negativeCount", "neutralCount", "positiveCount")
  SELECT d."speakerStateId", d."targetStateId", 1 * COUNT(*)::int, 1 * SUM(d."sentimentScore"), 1 * SUM(d."goldstein"),
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEGATIVE'))::int,
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEUTRAL'))::int,
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'POSITIVE'))::int FROM dyads d GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("sourceStateId", "targetStateId") DO UPDATE SET "statementCount" = "StateDyad"."statementCount" + EXCLUDED."statementCount", "sentimentSum" = "StateDyad"."sentimentSum" + EXCLUDED."sentimentSum", "goldsteinSum" = "StateDyad"."goldsteinSum" + EXCLUDED."goldsteinSum", "negativeCount" = "StateDyad"."negativeCount" + EXCLUDED."negativeCount", "neutralCount" = "StateDyad"."neutralCount" + EXCLUDED."neutralCount", "positiveCount" = "StateDyad"."positiveCount" + EXCLUDED."positiveCount"
),
w2 AS (
  INSERT INTO "StateDyadDaily" ("sourceStateId", "targetStateId", "day", "type", "statementCount", "sentimentSum", "goldsteinSum", "negativeCount", "neutralCount", "positiveCount")
  SELECT d."speakerStateId", d."targetStateId", d."day", d."type", 1 * COUNT(*)::int, 1 * SUM(d."sentimentScore"), 1 * SUM(d."goldstein"),
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEGATIVE'))::int,
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEUTRAL'))::int,
1 * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'POSITIVE'))::int FROM dyads d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("sourceStateId", "targetStateId", "day", "type") DO UPDATE SET "statementCount" = "StateDyadDaily"."statementCount" + EXCLUDED."statementCount", "sentimentSum" = "StateDyadDaily"."sentimentSum" + EXCLUDED."sentimentSum", "goldsteinSum" = "StateDyadDaily"."goldsteinSum" + EXCLUDED."goldsteinSum", "negativeCount" = "StateDyadDaily"."negativeCount" + EXCLUDED."negativeCount", "neutralCount" = "StateDyadDaily"."neutralCount" + EXCLUDED."neutralCount", "positiveCount" = "StateDyadDaily"."positiveCount" + EXCLUDED."positiveCount"
),
w3 AS (
  INSERT INTO "StateDyadTopic" ("sourceStateId", "targetStateId", "topicId", "statementCount", "sentimentSum")
  SELECT d."speakerStateId", d."targetStateId", st."topicId", 1 * COUNT(*)::int, 1 * SUM(d."sentimentScore")
  FROM dyads d JOIN "StatementTopic" st ON st."statementId" = d."id" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("sourceStateId", "targetStateId", "topicId") DO UPDATE SET "statementCount" = "StateDyadTopic"."statementCount" + EXCLUDED."statementCount", "sentimentSum" = "StateDyadTopic"."sentimentSum" + EXCLUDED."sentimentSum"
),
w4 AS (
  INSERT INTO "TopicState" ("topicId", "stateId", "statementCount", "sentimentSum")
  SELECT d."topicId", d."speakerStateId", 1 * COUNT(*)::int, 1 * SUM(d."sentimentScore")
  FROM subtree d WHERE d."speakerStateId" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("topicId", "stateId") DO UPDATE SET "statementCount" = "TopicState"."statementCount" + EXCLUDED."statementCount", "sentimentSum" = "TopicState"."sentimentSum" + EXCLUDED."sentimentSum"
),
w5 AS (
  INSERT INTO "TopicDaily" ("topicId", "day", "statementCount", "sentimentSum", "goldsteinSum")
  SELECT d."topicId", d."day", 1 * COUNT(*)::int, 1 * SUM(d."sentimentScore"), 1 * SUM(d."goldstein")
  FROM subtree d GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("topicId", "day") DO UPDATE SET "statementCount" = "TopicDaily"."statementCount" + EXCLUDED."statementCount", "sentimentSum" = "TopicDaily"."sentimentSum" + EXCLUDED."sentimentSum", "goldsteinSum" = "TopicDaily"."goldsteinSum" + EXCLUDED."goldsteinSum"
)
SELECT 1;
