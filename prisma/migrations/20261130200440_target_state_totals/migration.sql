-- CreateTable
CREATE TABLE "TargetStateTotal" (
    "stateId" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,

    CONSTRAINT "TargetStateTotal_pkey" PRIMARY KEY ("stateId")
);

-- Backfill from the statements' targets (one row per statement and target state).
INSERT INTO "TargetStateTotal" ("stateId", "statementCount")
SELECT "stateId", COUNT(*)::int FROM "StatementTarget" GROUP BY 1 ORDER BY 1;
