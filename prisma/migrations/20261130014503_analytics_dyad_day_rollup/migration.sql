-- CreateTable
CREATE TABLE "StateDyadDay" (
    "sourceStateId" INTEGER NOT NULL,
    "targetStateId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "sentimentSum" DOUBLE PRECISION NOT NULL,
    "goldsteinSum" DOUBLE PRECISION NOT NULL,
    "negativeCount" INTEGER NOT NULL,
    "neutralCount" INTEGER NOT NULL,
    "positiveCount" INTEGER NOT NULL,

    CONSTRAINT "StateDyadDay_pkey" PRIMARY KEY ("sourceStateId","targetStateId","day")
);

-- CreateIndex
CREATE INDEX "StateDyadDay_targetStateId_sourceStateId_day_idx" ON "StateDyadDay"("targetStateId", "sourceStateId", "day");

-- Backfill from the typed daily rollup (the same statements, summed over their types).
INSERT INTO "StateDyadDay" ("sourceStateId", "targetStateId", "day", "statementCount", "sentimentSum", "goldsteinSum", "negativeCount", "neutralCount", "positiveCount")
SELECT "sourceStateId", "targetStateId", "day", SUM("statementCount")::int, SUM("sentimentSum"), SUM("goldsteinSum"),
       SUM("negativeCount")::int, SUM("neutralCount")::int, SUM("positiveCount")::int
FROM "StateDyadDaily" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
