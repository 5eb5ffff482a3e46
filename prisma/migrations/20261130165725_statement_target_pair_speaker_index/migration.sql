-- CreateIndex
CREATE INDEX "StatementTargetPair_stateId_otherStateId_speakerStateId_pub_idx" ON "StatementTargetPair"("stateId", "otherStateId", "speakerStateId", "publishedAt", "statementId");
