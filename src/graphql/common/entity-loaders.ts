// Request-scoped DataLoaders for single entities and small child lists: one query per kind of
// relation per level of the GraphQL query, however many parents ask.
import type DataLoader from "dataloader";
import type { Person, State, Statement, Topic, StateAlias } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { articleBodies, articleSummaries, type ArticleSummary } from "../../db/queries/articles/article-rows.js";
import { statesByCode } from "../../db/queries/states/states-by-code.js";
import { statementsWithRelations } from "../../db/queries/statements/statement-rows.js";
import { topicSubtrees, topicSubtreesBySlug } from "../../db/queries/topics/topic-subtrees.js";

function byId<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const map = new Map<number, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key)!);
}

export const loaders = {
  state: (c: GraphQLContext): DataLoader<number, State | null> =>
    c.loaders.get("State.id", async (ids) => byId(ids, await c.prisma.state.findMany({ where: { id: { in: [...ids] } } }))),
  person: (c: GraphQLContext): DataLoader<number, Person | null> =>
    c.loaders.get("Person.id", async (ids) => byId(ids, await c.prisma.person.findMany({ where: { id: { in: [...ids] } } }))),
  /** Articles without their body (see `articleBody`): showing a title must not read a whole article. */
  article: (c: GraphQLContext): DataLoader<number, ArticleSummary | null> =>
    c.loaders.get("Article.id", async (ids) => byId(ids, await articleSummaries(c.prisma, ids))),
  articleBody: (c: GraphQLContext): DataLoader<number, string | null> =>
    c.loaders.get("Article.body", async (ids) => {
      const bodies = new Map((await articleBodies(c.prisma, ids)).map((row) => [row.id, row.body]));
      return ids.map((id) => bodies.get(id) ?? null);
    }),
  /** States by upper-case alpha-2 or alpha-3 code (null when unknown); found states also prime `state`. */
  stateByCode: (c: GraphQLContext): DataLoader<string, State | null> =>
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
  statement: (c: GraphQLContext): DataLoader<number, Statement | null> =>
    c.loaders.get("Statement.id", async (ids) => {
      const rows = await statementsWithRelations(c.prisma, ids);
      for (const { speaker, article } of rows) {
        if (speaker) loaders.person(c).prime(speaker.id, speaker);
        loaders.article(c).prime(article.id, article);
      }
      return byId(
        ids,
        rows.map((row) => row.statement),
      );
    }),
  topic: (c: GraphQLContext): DataLoader<number, Topic | null> =>
    c.loaders.get("Topic.id", async (ids) => byId(ids, await c.prisma.topic.findMany({ where: { id: { in: [...ids] } } }))),

  stateAliases: (c: GraphQLContext): DataLoader<number, StateAlias[]> =>
    c.loaders.get("State.aliases", async (ids) =>
      groupBy(
        ids,
        await c.prisma.stateAlias.findMany({
          where: { stateId: { in: [...ids] } },
          orderBy: [{ kind: "asc" }, { value: "asc" }],
        }),
        (row) => row.stateId,
      ),
    ),
  topicChildren: (c: GraphQLContext): DataLoader<number, Topic[]> =>
    c.loaders.get("Topic.children", async (ids) =>
      groupBy(
        ids,
        await c.prisma.topic.findMany({ where: { parentId: { in: [...ids] } }, orderBy: { name: "asc" } }),
        (row) => row.parentId!,
      ),
    ),
  statementTargets: (c: GraphQLContext): DataLoader<number, State[]> =>
    c.loaders.get("Statement.targets", async (ids) => {
      const rows = await c.prisma.$queryRaw<(State & { statementId: number })[]>`
        SELECT st.*, t."statementId" FROM "StatementTarget" t JOIN "State" st ON st."id" = t."stateId"
        WHERE t."statementId" = ANY(${[...ids]}) ORDER BY st."name"`;
      return groupBy(ids, rows, (row) => row.statementId).map((list) => list.map(({ statementId, ...state }) => state));
    }),
  statementTopics: (c: GraphQLContext): DataLoader<number, (Topic & { evidence: string | null; confidence: number })[]> =>
    c.loaders.get("Statement.topics", async (ids) => {
      const rows = await c.prisma.$queryRaw<(Topic & { statementId: number; evidence: string | null; confidence: number })[]>`
        SELECT tp.*, st."statementId", st."evidence", st."confidence" FROM "StatementTopic" st JOIN "Topic" tp ON tp."id" = st."topicId"
        WHERE st."statementId" = ANY(${[...ids]}) ORDER BY tp."name"`;
      return groupBy(ids, rows, (row) => row.statementId).map((list) => list.map(({ statementId, ...topic }) => topic));
    }),
  articleStates: (c: GraphQLContext): DataLoader<number, { state: State; count: number }[]> =>
    c.loaders.get("Article.states", async (ids) => {
      const rows = await c.prisma.articleStateMention.findMany({
        where: { articleId: { in: [...ids] } },
        include: { state: true },
        orderBy: [{ count: "desc" }, { stateId: "asc" }],
      });
      return groupBy(ids, rows, (row) => row.articleId);
    }),
  articlePeople: (c: GraphQLContext): DataLoader<number, { person: Person; count: number }[]> =>
    c.loaders.get("Article.people", async (ids) => {
      const rows = await c.prisma.articlePersonMention.findMany({
        where: { articleId: { in: [...ids] } },
        include: { person: true },
        orderBy: [{ count: "desc" }, { personId: "asc" }],
      });
      return groupBy(ids, rows, (row) => row.articleId);
    }),
};
