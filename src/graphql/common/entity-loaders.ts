// Request-scoped DataLoaders for single entities and small child lists: one query per kind of
// relation per level of the GraphQL query, however many parents ask.
import type DataLoader from "dataloader";
import type { Article, Person, State, Statement, Topic, StateAlias } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";

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
  article: (c: GraphQLContext): DataLoader<number, Article | null> =>
    c.loaders.get("Article.id", async (ids) => byId(ids, await c.prisma.article.findMany({ where: { id: { in: [...ids] } } }))),
  statement: (c: GraphQLContext): DataLoader<number, Statement | null> =>
    c.loaders.get("Statement.id", async (ids) =>
      byId(ids, await c.prisma.statement.findMany({ where: { id: { in: [...ids] } } })),
    ),
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
