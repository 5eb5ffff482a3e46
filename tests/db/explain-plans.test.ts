// Every query shape the API issues answers from indexes: the real SQL of each GraphQL query (captured by the SQL
// trace) is replayed under EXPLAIN (ANALYZE, BUFFERS) on generated data, and a sequential scan of the statement
// tables or a sort fed by an unbounded read of them fails the test. PostgreSQL only (TEST_DATABASE_URL): PGlite
// runs the same SQL, but its planner statistics are not what production sees.
// EXPLAIN_STATEMENTS=200000 sets the volume; EXPLAIN_REPORT=1 prints the execution time of each shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { toGlobalId } from "../../src/graphql/relay/global-id.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";
import { insertBulkStatements } from "../helpers/bulk-statements.js";
import { runQuery } from "../helpers/graphql-client.js";
import { explainStatements, type ExplainedStatement, type PlanNode } from "../helpers/explain-plan.js";

const VOLUME = Number(process.env.EXPLAIN_STATEMENTS ?? 30_000);

interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /**
   * An index the page must read in order (an index scan, not a bitmap scan and a sort). For ranges whose size the
   * planner can misjudge: at this volume a sort of the range can stay small enough to pass the sort check, while at
   * 200,000 statements the same plan sorts thousands of rows.
   */
  readsInOrder?: string;
  /** An index the plan must read (in any way): the one that keeps the shape's cost independent of table size. */
  readsIndex?: string;
  /** Its count (`SELECT COUNT(*)…`) reads no row of the statement table: the join table's range holds the answer. */
  countsWithoutStatements?: boolean;
}

interface Subjects {
  busyState: string;
  otherState: string;
  statementId: string;
  personId: string;
  articleId: string;
}

function shapes(s: Subjects): Shape[] {
  const list = (filter: string, extra = "") =>
    `{ statements(first: 50, filter: { ${filter} }${extra}) { nodes { id text publishedAt } pageInfo { hasNextPage endCursor } } }`;
  return [
    {
      name: "10 states → 20 statements → speaker, article",
      query: `{ states(first: 10, filter: { hasStatements: true }, orderBy: { field: CODE }) { nodes { code
        statements(first: 20) { nodes { text speaker { name } article { title } } } } } }`,
      // Speakers and articles are joined in the page's statement: each state's range must still be read in order
      // and stop after its page, whatever the joins.
      readsInOrder: "Statement_speakerStateId_publishedAt_id_idx",
    },
    {
      name: "3 levels: states → statements about → speaker → statements",
      query: `{ states(first: 5, filter: { hasStatements: true }, orderBy: { field: CODE }) { nodes { code
        statementsAbout(first: 10) { nodes { text targets { code } topics { slug }
          speaker { name statements(first: 5) { nodes { text article { title } } } } } } } } }`,
    },
    {
      name: "state → people → statements",
      query: `{ state(code: "${s.busyState}") { people(first: 10) { nodes { name statements(first: 10) { nodes { text } } } } } }`,
    },
    {
      name: "topics → statements (subtopics included)",
      query: `{ topics(filter: { roots: true }) { slug statements(first: 10) { nodes { text } } } }`,
    },
    {
      name: "article → statements",
      query: `{ article(id: "${s.articleId}") { title statements { nodes { text speaker { name } } } } }`,
    },
    {
      name: "relation → statements",
      query: `{ relation(source: "${s.busyState}", target: "${s.otherState}") { statements(first: 20) { nodes { text } } } }`,
    },
    {
      name: "statement by id with speaker and article",
      query: `{ statement(id: "${s.statementId}") { text speaker { name } article { title } } }`,
    },
    { name: "node by id", query: `{ node(id: "${s.personId}") { id ... on Person { name state { code } } } }` },
    { name: "newest statements", query: `{ statements(first: 50) { nodes { id text } } }` },
    { name: "speaker state + type", query: list(`speakerStates: ["${s.busyState}"], types: [CRITICISES]`) },
    {
      name: "negative, between two states",
      query: list(`speakerStates: ["${s.busyState}"], targetStates: ["${s.otherState}"], sentimentLabels: [NEGATIVE]`),
      readsInOrder: "StatementTarget_stateId_speakerStateId_publishedAt_statemen_idx",
    },
    { name: "target states (any)", query: list(`targetStates: ["${s.busyState}", "${s.otherState}"]`) },
    { name: "target states (all)", query: list(`targetStatesAll: ["${s.busyState}", "${s.otherState}"]`) },
    // Counts of these lists read the join tables' ranges (statement-count.ts), never every statement.
    {
      name: "count: target states (any)",
      query: `{ statements(first: 1, filter: { targetStates: ["${s.busyState}", "${s.otherState}"] }) { totalCount } }`,
      countsWithoutStatements: true,
    },
    {
      name: "count: target states (all) said by a speaker state",
      query: `{ statements(first: 1, filter: { targetStatesAll: ["${s.busyState}", "${s.otherState}"], speakerStates: ["${s.otherState}"] }) { totalCount } }`,
      countsWithoutStatements: true,
    },
    // About one state, alone or by speaker states: one rollup row per speaker state (TargetStateTotal, StateDyad).
    {
      name: "count: about one state",
      query: `{ statements(first: 1, filter: { targetStates: ["${s.busyState}"] }) { totalCount } }`,
      countsWithoutStatements: true,
    },
    {
      name: "count: about one state, said by a speaker state",
      query: `{ statements(first: 1, filter: { targetStates: ["${s.busyState}"], speakerStates: ["${s.otherState}"] }) { totalCount } }`,
      countsWithoutStatements: true,
    },
    {
      name: "count: statements about each of 10 states",
      query: `{ states(first: 10, filter: { hasStatements: true }) { nodes { statementsAbout(first: 1) { totalCount } } } }`,
      countsWithoutStatements: true,
    },
    {
      name: "count: topic with subtopics",
      query: `{ statements(first: 1, filter: { topics: ["security-and-defence"] }) { totalCount } }`,
      countsWithoutStatements: true,
    },
    { name: "speaker", query: list(`speakers: ["${s.personId}"]`) },
    { name: "article", query: list(`articles: ["${s.articleId}"]`) },
    { name: "topic with subtopics", query: list(`topics: ["security-and-defence"]`) },
    { name: "kinds + sentiment range", query: list(`kinds: [DIRECT_QUOTE], sentiment: { min: 0.5 }`) },
    {
      name: "time range",
      query: list(`publishedAt: { from: "2024-03-01T00:00:00Z", to: "2024-04-01T00:00:00Z" }`),
    },
    { name: "unknown state code", query: list(`speakerStates: ["ZZ"]`) },
    { name: "ordered by sentiment", query: `{ statements(first: 50, orderBy: { field: SENTIMENT }) { nodes { id } } }` },
    {
      name: "ordered by Goldstein",
      query: `{ statements(first: 50, orderBy: { field: GOLDSTEIN, direction: ASC }) { nodes { id } } }`,
    },
    { name: "search, newest first", query: list(`search: "ceasefire"`, "") },
    {
      name: "search by relevance",
      query: list(`search: "ceasefire talks"`, ", orderBy: { field: RELEVANCE }"),
      readsIndex: "Statement_weekly_search_idx",
    },
    {
      name: "last page, backward",
      query: `{ statements(last: 20, filter: { speakerStates: ["${s.otherState}"] }) { nodes { id } } }`,
    },
    { name: "people of a state", query: `{ people(first: 20, filter: { states: ["${s.busyState}"] }) { nodes { name } } }` },
  ];
}

/** True when an executed node of the plan reads `index` (index, index-only or bitmap index scan). */
function readsIndex(node: PlanNode, index: string): boolean {
  if (node["Index Name"] === index && (node["Actual Loops"] ?? 0) > 0) return true;
  return (node.Plans ?? []).some((child) => readsIndex(child, index));
}

/** True when an executed node of the plan reads rows (or index entries) of `table`. */
function readsTable(node: PlanNode, table: string): boolean {
  if (node["Relation Name"] === table && (node["Actual Loops"] ?? 0) > 0) return true;
  return (node.Plans ?? []).some((child) => readsTable(child, table));
}

/** True when the plan reads `index` with an index scan (rows come out in index order, so a LIMIT stops it early). */
function readsIndexInOrder(node: PlanNode, index: string): boolean {
  if (/^Index (Only )?Scan$/.test(node["Node Type"]) && node["Index Name"] === index) return true;
  return (node.Plans ?? []).some((child) => readsIndexInOrder(child, index));
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("query plans on generated data (PostgreSQL)", () => {
  let db: Database;
  let subjects: Subjects;
  const report: { name: string; statements: number; executionMs: number }[] = [];

  beforeAll(async () => {
    db = await openSeededTestDatabase("postgres");
    await insertBulkStatements(db.prisma, { statements: VOLUME });
    const [busy] = await db.prisma.$queryRaw<{ code: string; id: number }[]>`
      SELECT st."code", st."id" FROM "Statement" s JOIN "State" st ON st."id" = s."speakerStateId"
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`;
    const [other] = await db.prisma.$queryRaw<{ code: string }[]>`
      SELECT st."code" FROM "StatementTarget" t JOIN "Statement" s ON s."id" = t."statementId" JOIN "State" st ON st."id" = t."stateId"
      WHERE s."speakerStateId" = ${busy!.id} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
    const statement = await db.prisma.statement.findFirstOrThrow({
      where: { speakerId: { not: null } },
      orderBy: { id: "desc" },
    });
    subjects = {
      busyState: busy!.code,
      otherState: other!.code,
      statementId: toGlobalId("Statement", statement.id),
      personId: toGlobalId("Person", statement.speakerId!),
      articleId: toGlobalId("Article", statement.articleId),
    };
  }, 600_000);

  afterAll(async () => {
    if (process.env.EXPLAIN_REPORT) {
      console.log(`Execution time per shape at ${VOLUME} statements (sum over the shape's SQL statements):`);
      for (const row of report) console.log(`${row.executionMs.toFixed(2).padStart(9)} ms  ${row.statements} SQL  ${row.name}`);
    }
    await db?.close();
  });

  it("answers every query shape without a sequential scan or a sort of the statement tables", async () => {
    const url = db.target.kind === "postgres" ? db.target.url : "";
    const failures: string[] = [];
    for (const shape of shapes(subjects)) {
      const result = await runQuery(db, shape.query, shape.variables);
      expect(result.errors, shape.name).toBeUndefined();
      const explained: ExplainedStatement[] = await explainStatements(url, result.sql.statements!, result.sql.parameters!);
      report.push({
        name: shape.name,
        statements: explained.length,
        executionMs: explained.reduce((sum, e) => sum + e.executionMs, 0),
      });
      if (shape.readsInOrder && !explained.some((statement) => readsIndexInOrder(statement.plan, shape.readsInOrder!))) {
        failures.push(`${shape.name}: no ordered scan of ${shape.readsInOrder}`);
      }
      if (shape.readsIndex && !explained.some((statement) => readsIndex(statement.plan, shape.readsIndex!))) {
        failures.push(`${shape.name}: ${shape.readsIndex} not read`);
      }
      // Root counts (countRoot; from the rollups "SELECT COALESCE(…) AS count") and per-parent counts (countNested,
      // "… AS count FROM unnest(…)").
      const counts = explained.filter((statement) => /^\s*SELECT (?:COUNT|COALESCE)|\) AS count\s+FROM/i.test(statement.sql));
      if (shape.countsWithoutStatements && (!counts.length || counts.some((c) => readsTable(c.plan, "Statement")))) {
        failures.push(`${shape.name}: ${counts.length ? "its count reads the statement table" : "no count was run"}`);
      }
      for (const statement of explained) {
        if (statement.problems.length) {
          failures.push(`${shape.name}: ${statement.problems.join(", ")}\n  ${statement.sql.replace(/\s+/g, " ").slice(0, 400)}`);
        }
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  }, 300_000);
});
