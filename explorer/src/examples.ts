// Example tabs GraphiQL opens with. Plain data (no DOM, no React) so that
// tests/explorer/examples.test.ts can validate every query against schema/schema.graphql.

export interface ExampleTab {
  /** Short name, used by tests and as the operation name. */
  name: string;
  query: string;
  /** JSON (may contain comments: GraphiQL parses variables and headers as JSONC). */
  variables?: string;
  headers?: string;
}

/**
 * Shown in the headers editor of every example tab and of new tabs. Headers are not persisted in
 * the browser's storage unless the user turns that on in the settings.
 */
export const HEADERS_HINT = `{
  // Request headers sent with every operation from this tab (JSON; comments allowed).
  // Reads need no key. Writes need an API key (one of the server's ENTENTE_API_KEYS):
  // "Authorization": "Bearer <your API key>"
}
`;

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    name: "StatementsBetweenStates",
    query: `# What one state says about another: each statement with its speaker, tone,
# cooperation/conflict score (Goldstein), topics and source article.
# Run with Ctrl-Enter (Cmd-Enter on a Mac) or the ▶ button; press Ctrl-Space to complete fields;
# the Docs button (top left) browses the schema.
query StatementsBetweenStates($from: String!, $about: String!, $first: Int = 10) {
  state(code: $from) {
    name
    statements(first: $first, filter: { targetStates: [$about] }) {
      totalCount
      nodes {
        text
        type
        goldstein
        sentiment { score label }
        speaker { name role sanctioned }
        targets { code name }
        topics { slug name parent { slug } }
        article { title source publishedAt url }
      }
    }
  }
}
`,
    variables: `{ "from": "KR", "about": "RU" }`,
  },
  {
    name: "SanctionedSpeakersOnTopic",
    query: `# Sanctioned people and what they said on a topic (a topic includes its subtopics).
query SanctionedSpeakersOnTopic($topic: String!) {
  topic(slug: $topic) {
    name
    description
    parent { name }
  }
  people(filter: { sanctioned: true }, orderBy: { field: STATEMENT_COUNT, direction: DESC }, first: 10) {
    totalCount
    nodes {
      name
      role
      sanctionNote
      state { code name }
      statements(first: 5, filter: { topics: [$topic] }) {
        totalCount
        nodes {
          text
          type
          sentiment { label }
          targets { name }
          publishedAt
        }
      }
    }
  }
}
`,
    variables: `{ "topic": "military-cooperation" }`,
  },
  {
    name: "SearchWithSnippets",
    query: `# Full-text search (web-search syntax: "exact phrase", or, -exclude).
# snippet wraps the matches in <mark>…</mark>.
query SearchWithSnippets($search: String!) {
  statements(filter: { search: $search }, orderBy: { field: RELEVANCE }, first: 10) {
    totalCount
    nodes {
      snippet
      speaker { name }
      speakerState { name }
      targets { name }
      sentiment { label }
    }
  }
  articles(filter: { search: $search }, orderBy: { field: RELEVANCE }, first: 5) {
    nodes {
      title
      source
      publishedAt
      snippet
    }
  }
}
`,
    variables: `{ "search": "missile or satellite" }`,
  },
  {
    name: "PagingWithCursors",
    query: `# Cursor paging (Relay connections): run, then copy pageInfo.endCursor into "after"
# in the variables below and run again for the next page.
query PagingWithCursors($first: Int = 5, $after: String) {
  statements(
    first: $first
    after: $after
    filter: { sentimentLabels: [POSITIVE] }
    orderBy: { field: GOLDSTEIN, direction: DESC }
  ) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        id
        text
        type
        goldstein
        speakerState { code }
        targets { code }
      }
    }
  }
}
`,
    variables: `{ "first": 5, "after": null }`,
  },
  {
    name: "CooperationAndConflict",
    query: `# Cooperation versus conflict between two states, both directions, most cooperative first.
# Fragments keep the selection in one place.
query CooperationAndConflict($a: String!, $b: String!) {
  aToB: statements(filter: { speakerStates: [$a], targetStates: [$b] }, orderBy: { field: GOLDSTEIN, direction: DESC }, first: 10) {
    ...StatementSummary
  }
  bToA: statements(filter: { speakerStates: [$b], targetStates: [$a] }, orderBy: { field: GOLDSTEIN, direction: DESC }, first: 10) {
    ...StatementSummary
  }
}

fragment StatementSummary on StatementConnection {
  totalCount
  nodes {
    text
    type
    goldstein
    sentiment { score label }
    speaker { name }
    topicAssignments { evidence confidence topic { slug } }
  }
}
`,
    variables: `{ "a": "JP", "b": "CN" }`,
  },
  {
    name: "RefetchByGlobalId",
    query: `# Every entity has an opaque global ID; node(id:) refetches any of them.
# Paste an id from another tab's result.
query RefetchByGlobalId($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Statement { text speaker { name } }
    ... on Person { name role }
    ... on State { code name }
    ... on Article { title url }
    ... on Topic { slug name }
  }
}
`,
    variables: `{ "id": "paste-an-id-here" }`,
  },
  {
    name: "RelationTimeline",
    query: `# How one state speaks about another over time: counts, mean tone and Goldstein score,
# the topics they talk about, and a month-by-month timeline for a chart.
query RelationTimeline($source: String!, $target: String!) {
  relation(source: $source, target: $target) {
    source { name }
    target { name }
    statementCount
    averageSentiment
    averageGoldstein
    sentimentCounts { negative neutral positive }
    topics { topic { slug name } statementCount averageSentiment }
    timeline(granularity: MONTH) { start statementCount averageSentiment }
  }
  state(code: $target) {
    # Who speaks about the target state, and in what tone
    relations(direction: INCOMING, first: 10) {
      nodes { source { code name } statementCount averageSentiment }
    }
  }
}
`,
    variables: `{ "source": "JP", "target": "KP" }`,
  },
  {
    name: "IngestArticle",
    query: `# Writes need an API key: put it in the Headers pane below, e.g.
# { "Authorization": "Bearer <your API key>" }
# Ingesting the same url and text again changes nothing (status UNCHANGED).
mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    userErrors { field message code }
    article {
      id
      statements {
        nodes { text kind type speaker { name role } speakerState { code } targets { code } sentiment { score label } topics { slug } }
      }
    }
  }
}
`,
    variables: `{
  "input": {
    "url": "https://example.org/news/tokyo-protests-launch",
    "title": "Tokyo protests North Korean missile launch",
    "source": "Example News",
    "publishedAt": "2025-05-01T09:00:00Z",
    "body": "Japan lodged a strong protest with North Korea on Thursday after a ballistic missile fell into the sea. \\"This launch is a grave threat to the peace of the region,\\" Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo."
  }
}`,
    headers: `{
  // Replace with one of the server's ENTENTE_API_KEYS:
  "Authorization": "Bearer <your API key>"
}
`,
  },
];
