// Request-scoped DataLoaders for single entities and small child lists: one query per kind of
// relation per level of the GraphQL query, however many parents ask. The queries live in src/db/queries.
import type DataLoader from "dataloader";
import type { Person, State, Topic, StateAlias } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { articleBodies, articleSummaries, type ArticleSummary } from "../../db/queries/articles/article-rows.js";
import { personMentionsOfArticles, stateMentionsOfArticles } from "../../db/queries/articles/article-mentions.js";
import { alignById } from "../../db/queries/batch-rows.js";
import { peopleById, type PersonView } from "../../db/queries/people/person-rows.js";
import { statesByCode } from "../../db/queries/states/states-by-code.js";
import { aliasesOfStates, statesById, targetsOfStatements, type StateView } from "../../db/queries/states/state-rows.js";
import { statementsWithRelations, WHOLE_STATEMENTS, type StatementParts } from "../../db/queries/statements/statement-rows.js";
import type { StatementWithIncluded } from "../../db/queries/statements/statement-relations.js";
import { topicSubtrees, topicSubtreesBySlug } from "../../db/queries/topics/topic-subtrees.js";
import { childrenOfTopics, topicsById, topicsOfStatements, type StatementTopicRow } from "../../db/queries/topics/topic-rows.js";

export const loaders = {
  state: (c: GraphQLContext): DataLoader<number, StateView | null> =>
    c.loaders.get("State.id", (ids) => statesById(c.prisma, ids)),
  person: (c: GraphQLContext): DataLoader<number, PersonView | null> =>
    c.loaders.get("Person.id", (ids) => peopleById(c.prisma, ids)),
  /** Articles without their body (see `articleBody`): showing a title must not read a whole article. */
  article: (c: GraphQLContext): DataLoader<number, ArticleSummary | null> =>
    c.loaders.get("Article.id", async (ids) => alignById(ids, await articleSummaries(c.prisma, ids))),
  articleBody: (c: GraphQLContext): DataLoader<number, string | null> =>
    c.loaders.get("Article.body", async (ids) => {
      const bodies = new Map((await articleBodies(c.prisma, ids)).map((row) => [row.id, row.body]));
      return ids.map((id) => bodies.get(id) ?? null);
    }),
  /** States by upper-case alpha-2 or alpha-3 code (null when unknown); found states also prime `state`. */
  stateByCode: (c: GraphQLContext): DataLoader<string, StateView | null> =>
    c.loaders.get("State.code", async (codes) => {
      const states = await statesByCode(c.prisma, codes);
      for (const state of states) loaders.state(c).prime(state.id, state);
      return codes.map((code) => states.find((state) => state.code === code || state.alpha3 === code) ?? null);
    }),
  /** A topic's id with the ids of all its descendants. */
  topicSubtree: (c: GraphQLContext): DataLoader<number, number[]> =>
    c.loaders.get("Topic.subtree", async (ids) => {
      const subtrees = await topicSubtrees(c.prisma, ids);
      return ids.map((id) => subtrees.get(id) ?? []);
    }),
  /** The ids of the topic with this slug and of all its descendants (empty when no topic has the slug). */
  topicSubtreeBySlug: (c: GraphQLContext): DataLoader<string, number[]> =>
    c.loaders.get("Topic.subtreeBySlug", async (slugs) => {
      const subtrees = await topicSubtreesBySlug(c.prisma, slugs);
      return slugs.map((slug) => subtrees.get(slug) ?? []);
    }),
  /** Statements by id; their speakers and articles come in the same SQL statement and prime those loaders. */
  statement: (c: GraphQLContext): DataLoader<number, StatementWithIncluded | null> => loaders.statementWith(c, WHOLE_STATEMENTS),
  /**
   * Statements by id with only `parts` (what one query shows of them: statements/shown-parts.ts): a lookup that
   * shows a statement's text and its speaker's name reads those, not every column of three rows. Such rows answer
   * the queries that asked for these parts only (one loader per set of parts); whole relations still prime the
   * loaders.
   */
  statementWith: (c: GraphQLContext, parts: StatementParts): DataLoader<number, StatementWithIncluded | null> =>
    c.loaders.get(`Statement.id ${JSON.stringify(parts)}`, async (ids) => {
      const rows = await statementsWithRelations(c.prisma, ids, parts);
      primeIncluded(c, rows);
      return alignById(ids, rows);
    }),
  topic: (c: GraphQLContext): DataLoader<number, Topic | null> => c.loaders.get("Topic.id", (ids) => topicsById(c.prisma, ids)),

  stateAliases: (c: GraphQLContext): DataLoader<number, StateAlias[]> =>
    c.loaders.get("State.aliases", (ids) => aliasesOfStates(c.prisma, ids)),
  topicChildren: (c: GraphQLContext): DataLoader<number, Topic[]> =>
    c.loaders.get("Topic.children", (ids) => childrenOfTopics(c.prisma, ids)),
  statementTargets: (c: GraphQLContext): DataLoader<number, StateView[]> =>
    c.loaders.get("Statement.targets", (ids) => targetsOfStatements(c.prisma, ids)),
  statementTopics: (c: GraphQLContext): DataLoader<number, StatementTopicRow[]> =>
    c.loaders.get("Statement.topics", (ids) => topicsOfStatements(c.prisma, ids)),
  articleStates: (c: GraphQLContext): DataLoader<number, { state: State; count: number }[]> =>
    c.loaders.get("Article.states", (ids) => stateMentionsOfArticles(c.prisma, ids)),
  articlePeople: (c: GraphQLContext): DataLoader<number, { person: Person; count: number }[]> =>
    c.loaders.get("Article.people", (ids) => personMentionsOfArticles(c.prisma, ids)),
};

/**
 * Primes the person and article loaders with the relations read along with statements (statement-relations.ts),
 * so that other paths of the request asking for the same rows find them without a query.
 */
export function primeIncluded(c: GraphQLContext, statements: readonly StatementWithIncluded[]): void {
  let people: DataLoader<number, PersonView | null> | undefined;
  let articles: DataLoader<number, ArticleSummary | null> | undefined;
  for (const { includedSpeaker: speaker, includedArticle: article } of statements) {
    if (speaker) (people ??= loaders.person(c)).prime(speaker.id, speaker);
    if (article) (articles ??= loaders.article(c)).prime(article.id, article);
  }
}

/**
 * A statement's speaker: the one read with it when its list read it, else through the request's loader. A partial
 * speaker holds only the columns the query shows of it (what the fields under `speaker` read), hence the cast.
 */
export function speakerOf(c: GraphQLContext, statement: StatementWithIncluded): PersonView | null | Promise<PersonView | null> {
  if (statement.includedSpeaker !== undefined) return statement.includedSpeaker;
  if (statement.partialSpeaker !== undefined) return statement.partialSpeaker as PersonView | null;
  return statement.speakerId === null ? null : loaders.person(c).load(statement.speakerId);
}

/** A statement's article (without its body): the one read with it when its list read it, else through the loader. */
export function articleOf(c: GraphQLContext, statement: StatementWithIncluded): ArticleSummary | Promise<ArticleSummary> {
  if (statement.includedArticle) return statement.includedArticle;
  if (statement.partialArticle) return statement.partialArticle as ArticleSummary;
  return loaders
    .article(c)
    .load(statement.articleId)
    .then((article) => article!);
}
