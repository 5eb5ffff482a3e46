-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractorVersion" TEXT;

-- CreateIndex
CREATE INDEX "Article_extractorVersion_idx" ON "Article"("extractorVersion");
