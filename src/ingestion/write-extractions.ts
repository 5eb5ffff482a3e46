// Writes what was extracted from one or more stored articles, inside the caller's transaction, with one statement
// per table whatever the number of articles (issue 13): people (looked up once, planned in memory in article
// order, src/ingestion/people-plan.ts), statements, their targets and topics, the mentions, the analytics rollups
// and the ingest events. The rows are those that writing the articles one after the other would store.
import type { Prisma } from "../generated/prisma/client.js";
import type { ExtractionResult } from "../extraction/types.js";
import { peopleByNameKeys } from "../db/queries/people/people-by-name.js";
import {
  insertPeople,
  insertPersonMentions,
  insertStateMentions,
  insertStatements,
  insertStatementTargets,
  insertStatementTopics,
  updatePeople,
  type StatementRow,
  type StatementTopicRow,
} from "../db/queries/ingestion/ingest-rows.js";
import { addStatements } from "../db/queries/analytics/rollup-maintenance.js";
import { notifyArticlesIngested } from "../db/notifications/ingest-events.js";
import { nameKeysOfArticles, PeoplePlanner } from "./people-plan.js";
import { toDbSentimentLabel, toDbStatementKind, toDbStatementType } from "./statement-enums.js";

/** State ids by code and topic ids by slug. */
export interface Lookups {
  states: ReadonlyMap<string, number>;
  topics: ReadonlyMap<string, number>;
}

export interface StoredArticle {
  articleId: number;
  status: "CREATED" | "UPDATED";
  publishedAt: Date;
  extraction: ExtractionResult;
  /** Texts of reviewed statements kept from an earlier extraction: those statements are not stored again. */
  keptTexts?: ReadonlySet<string>;
}

/** Matches and stores the articles' people; returns, per article, each extracted person's key to its id. */
async function writePeople(tx: Prisma.TransactionClient, articles: readonly StoredArticle[], lookups: Lookups) {
  const people = articles.map((article) => article.extraction.people);
  const planner = new PeoplePlanner(await peopleByNameKeys(tx, nameKeysOfArticles(people)), lookups.states);
  const planned = people.map((extracted) => planner.addArticle(extracted));
  const insertedIds = await insertPeople(tx, planner.inserts());
  await updatePeople(tx, planner.updates());
  const idOf = (id: number) => (id < 0 ? insertedIds[-id - 1]! : id);
  return planned.map((ids) => new Map([...ids].map(([key, id]) => [key, idOf(id)])));
}

function statementRows(article: StoredArticle, personIds: Map<string, number>, lookups: Lookups): StatementRow[] {
  const { extraction, keptTexts } = article;
  return extraction.statements
    .filter((statement) => !keptTexts?.has(statement.text))
    .map((statement) => ({
      articleId: article.articleId,
      text: statement.text,
      kind: toDbStatementKind(statement.kind),
      speakerId: statement.speakerKey ? (personIds.get(statement.speakerKey) ?? null) : null,
      speakerStateId: statement.speakerStateCode ? (lookups.states.get(statement.speakerStateCode) ?? null) : null,
      sentimentScore: statement.sentiment.score,
      sentimentLabel: toDbSentimentLabel(statement.sentiment.label),
      type: toDbStatementType(statement.type),
      cameoCode: statement.cameoCode,
      goldstein: statement.goldstein,
      publishedAt: article.publishedAt,
      startOffset: statement.startOffset,
      endOffset: statement.endOffset,
      sentenceIndex: statement.sentenceIndex,
      extractorVersion: extraction.extractorVersion,
      confidence: statement.confidence,
    }));
}

/** The target and topic rows of an article's new statements (`ids` in the order of its statement rows). */
function linkRows(article: StoredArticle, ids: number[], lookups: Lookups) {
  const fresh = article.extraction.statements.filter((statement) => !article.keptTexts?.has(statement.text));
  const targets = fresh.flatMap((statement, index) =>
    [...new Set(statement.targetCodes)].flatMap((code) =>
      lookups.states.has(code) ? [{ statementId: ids[index]!, stateId: lookups.states.get(code)! }] : [],
    ),
  );
  const topics = fresh.flatMap((statement, index): StatementTopicRow[] => {
    const seen = new Set<string>();
    return statement.topics.flatMap((topic) => {
      if (seen.has(topic.slug) || !lookups.topics.has(topic.slug)) return [];
      seen.add(topic.slug);
      const row = { statementId: ids[index]!, topicId: lookups.topics.get(topic.slug)!, evidence: topic.evidence };
      return [{ ...row, confidence: topic.confidence }];
    });
  });
  return { targets, topics };
}

function mentionRows(article: StoredArticle, personIds: Map<string, number>, lookups: Lookups) {
  const { articleId, extraction } = article;
  const states = extraction.states
    .filter((state) => lookups.states.has(state.code))
    .map((state) => ({ articleId, stateId: lookups.states.get(state.code)!, count: state.count }));
  const counts = new Map<number, number>();
  for (const person of extraction.people) {
    const id = personIds.get(person.key)!;
    counts.set(id, (counts.get(id) ?? 0) + Math.max(1, person.count));
  }
  return { states, people: [...counts].map(([personId, count]) => ({ articleId, personId, count })) };
}

/**
 * Stores the extracted data of `articles` (already written, and emptied of an earlier extraction's rows), adds
 * their statements to the rollups and queues their ingest events. Returns each article's new statement ids.
 */
export async function writeExtractions(
  tx: Prisma.TransactionClient,
  articles: readonly StoredArticle[],
  lookups: Lookups,
): Promise<number[][]> {
  if (!articles.length) return [];
  const personIds = await writePeople(tx, articles, lookups);
  const rows = articles.map((article, index) => statementRows(article, personIds[index]!, lookups));
  const ids = await insertStatements(tx, rows.flat());
  let next = 0;
  const statementIds = rows.map((articleRows) => ids.slice(next, (next += articleRows.length)));
  const links = articles.map((article, index) => linkRows(article, statementIds[index]!, lookups));
  await insertStatementTargets(
    tx,
    links.flatMap((link) => link.targets),
  );
  await insertStatementTopics(
    tx,
    links.flatMap((link) => link.topics),
  );
  const mentions = articles.map((article, index) => mentionRows(article, personIds[index]!, lookups));
  await insertStateMentions(
    tx,
    mentions.flatMap((mention) => mention.states),
  );
  await insertPersonMentions(
    tx,
    mentions.flatMap((mention) => mention.people),
  );
  await addStatements(tx, { articleIds: articles.map((article) => article.articleId) });
  // Delivered to every listening replica when this transaction commits (never if it rolls back).
  await notifyArticlesIngested(
    tx,
    articles.map((article, index) => ({
      articleId: article.articleId,
      status: article.status,
      statementIds: statementIds[index]!,
    })),
  );
  return statementIds;
}
