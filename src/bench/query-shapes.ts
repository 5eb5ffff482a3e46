// The fixed query shapes of `npm run bench:api`: the lists, point lookups, filters, search and analytics that
// clients use most, on the generator's busiest states (US, CN) and a common type and topic.

export interface QueryShape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Entente's shapes that PostGraphile can also express (src/bench/postgraphile-shapes.ts holds its versions). */
export const nestedStatesShape: QueryShape = {
  name: "10 states > 20 statements > speaker, article",
  query: `{ states(first: 10, filter: { hasStatements: true }) { nodes { code
    statements(first: 20) { nodes { text speaker { name } article { title } } } } } }`,
};

export function statementByIdShape(statementId: string): QueryShape {
  return {
    name: "statement by id + speaker + article",
    query: `query($id: ID!) { statement(id: $id) { text sentiment { score } speaker { name } article { title publishedAt } } }`,
    variables: { id: statementId },
  };
}

export const speakerStateAndTypeShape: QueryShape = {
  name: "50 newest: speaker state + type",
  query: `{ statements(first: 50, filter: { speakerStates: ["US"], types: [COMMENTS] }) { nodes { id text publishedAt } } }`,
};

/** `statementId` is a global Statement ID present in the database (the point lookup reads it). */
export function queryShapes(statementId: string): QueryShape[] {
  return [
    nestedStatesShape,
    statementByIdShape(statementId),
    speakerStateAndTypeShape,
    {
      name: "50 newest negative: US about CN",
      query: `{ statements(first: 50, filter: { speakerStates: ["US"], targetStates: ["CN"], sentimentLabels: [NEGATIVE] }) {
        nodes { id text publishedAt } } }`,
    },
    {
      name: "50 newest about both US and CN",
      query: `{ statements(first: 50, filter: { targetStatesAll: ["US", "CN"] }) { nodes { id text publishedAt } } }`,
    },
    {
      name: "count: about CN, and about both US and CN",
      query: `{ aboutCN: statements(first: 1, filter: { targetStates: ["CN"] }) { totalCount }
        aboutBoth: statements(first: 1, filter: { targetStatesAll: ["US", "CN"] }) { totalCount } }`,
    },
    {
      name: "search, newest first",
      query: `{ statements(first: 20, filter: { search: "satellite technology" }) { nodes { id snippet } } }`,
    },
    {
      name: "search, best match first",
      query: `{ statements(first: 20, filter: { search: "satellite technology" }, orderBy: { field: RELEVANCE }) { nodes { id snippet } } }`,
    },
    {
      name: "relation(US, CN) count + tone",
      query: `{ relation(source: "US", target: "CN") { statementCount averageSentiment } }`,
    },
    {
      name: "State.relations (US, top 10)",
      query: `{ state(code: "US") { relations(first: 10) { nodes { target { code } statementCount averageSentiment } } } }`,
    },
    {
      name: "Topic.states (diplomacy subtree)",
      query: `{ topic(slug: "diplomacy") { states(first: 10) { state { code } statementCount averageSentiment } } }`,
    },
    {
      name: "relation(US, CN) monthly timeline",
      query: `{ relation(source: "US", target: "CN") { timeline(granularity: MONTH) { start statementCount averageSentiment } } }`,
    },
    {
      name: "Topic.timeline (security, weekly)",
      query: `{ topic(slug: "security-and-defence") { timeline(granularity: WEEK) { start statementCount averageSentiment } } }`,
    },
  ];
}
