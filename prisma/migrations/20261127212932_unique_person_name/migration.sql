-- DropIndex
DROP INDEX "Person_normalizedName_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Person_normalizedName_key" ON "Person"("normalizedName");
