-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('NAME', 'ABBREVIATION', 'DEMONYM', 'CAPITAL', 'SHORT_FORM');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT_QUOTE', 'PARTIAL_QUOTE', 'REPORTED_SPEECH');

-- CreateEnum
CREATE TYPE "SentimentLabel" AS ENUM ('NEGATIVE', 'NEUTRAL', 'POSITIVE');

-- CreateEnum
CREATE TYPE "StatementType" AS ENUM ('COMMENTS', 'EXPRESSES_CONCERN', 'CRITICISES', 'CONDEMNS', 'WARNS', 'THREATENS', 'DEMANDS', 'APPEALS', 'REJECTS', 'DENIES', 'INTENDS_TO_COOPERATE', 'AGREES', 'PRAISES');

-- CreateTable
CREATE TABLE "State" (
    "id" SERIAL NOT NULL,
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subregion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "State_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateAlias" (
    "id" SERIAL NOT NULL,
    "stateId" INTEGER NOT NULL,
    "kind" "AliasKind" NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "StateAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "aliases" TEXT[],
    "role" TEXT,
    "organisation" TEXT,
    "stateId" INTEGER,
    "sanctioned" BOOLEAN NOT NULL DEFAULT false,
    "sanctionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "speakerId" INTEGER,
    "speakerStateId" INTEGER,
    "sentimentScore" DOUBLE PRECISION NOT NULL,
    "sentimentLabel" "SentimentLabel" NOT NULL,
    "type" "StatementType" NOT NULL,
    "cameoCode" CHAR(2) NOT NULL,
    "goldstein" DOUBLE PRECISION NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reviewed" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTarget" (
    "statementId" INTEGER NOT NULL,
    "stateId" INTEGER NOT NULL,

    CONSTRAINT "StatementTarget_pkey" PRIMARY KEY ("statementId","stateId")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "evidence" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topicId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parentId" INTEGER,
    "cameoCode" CHAR(2),
    "ploverContext" TEXT,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleStateMention" (
    "articleId" INTEGER NOT NULL,
    "stateId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ArticleStateMention_pkey" PRIMARY KEY ("articleId","stateId")
);

-- CreateTable
CREATE TABLE "ArticlePersonMention" (
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ArticlePersonMention_pkey" PRIMARY KEY ("articleId","personId")
);

-- CreateIndex
CREATE UNIQUE INDEX "State_code_key" ON "State"("code");

-- CreateIndex
CREATE UNIQUE INDEX "State_alpha3_key" ON "State"("alpha3");

-- CreateIndex
CREATE INDEX "State_region_idx" ON "State"("region");

-- CreateIndex
CREATE INDEX "State_name_idx" ON "State"("name");

-- CreateIndex
CREATE INDEX "StateAlias_value_idx" ON "StateAlias"("value");

-- CreateIndex
CREATE UNIQUE INDEX "StateAlias_stateId_kind_value_key" ON "StateAlias"("stateId", "kind", "value");

-- CreateIndex
CREATE INDEX "Person_normalizedName_idx" ON "Person"("normalizedName");

-- CreateIndex
CREATE INDEX "Person_stateId_idx" ON "Person"("stateId");

-- CreateIndex
CREATE INDEX "Person_sanctioned_idx" ON "Person"("sanctioned");

-- CreateIndex
CREATE INDEX "Person_aliases_idx" ON "Person" USING GIN ("aliases");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_source_idx" ON "Article"("source");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_publishedAt_idx" ON "Statement"("speakerId", "publishedAt");

-- CreateIndex
CREATE INDEX "Statement_speakerStateId_publishedAt_idx" ON "Statement"("speakerStateId", "publishedAt");

-- CreateIndex
CREATE INDEX "Statement_publishedAt_id_idx" ON "Statement"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Statement_sentimentScore_idx" ON "Statement"("sentimentScore");

-- CreateIndex
CREATE INDEX "Statement_type_idx" ON "Statement"("type");

-- CreateIndex
CREATE INDEX "StatementTarget_stateId_idx" ON "StatementTarget"("stateId");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_idx" ON "StatementTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");

-- CreateIndex
CREATE INDEX "ArticleStateMention_stateId_idx" ON "ArticleStateMention"("stateId");

-- CreateIndex
CREATE INDEX "ArticlePersonMention_personId_idx" ON "ArticlePersonMention"("personId");

-- AddForeignKey
ALTER TABLE "StateAlias" ADD CONSTRAINT "StateAlias_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerStateId_fkey" FOREIGN KEY ("speakerStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTarget" ADD CONSTRAINT "StatementTarget_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTarget" ADD CONSTRAINT "StatementTarget_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleStateMention" ADD CONSTRAINT "ArticleStateMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleStateMention" ADD CONSTRAINT "ArticleStateMention_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePersonMention" ADD CONSTRAINT "ArticlePersonMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePersonMention" ADD CONSTRAINT "ArticlePersonMention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
