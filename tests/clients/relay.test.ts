// Relay compatibility of the published SDL: relay-compiler (the binary inside its npm package) compiles
// fragments with @connection, @refetchable (through Query.node) and @argumentDefinitions against
// schema/schema.graphql in a temporary project, and must exit 0.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";

const RELAY_CLI = path.join(projectRoot, "node_modules", "relay-compiler", "cli.js");

/** Component modules as a Relay app would write them (graphql tags only; nothing is executed). */
const MODULES: Record<string, string> = {
  "StatementRow.ts": `
import { graphql } from "react-relay";
export const fragment = graphql\`
  fragment StatementRow_statement on Statement {
    id
    text
    type
    goldstein
    publishedAt
    sentiment { score label }
    speaker { id name role sanctioned }
    targets { id code name }
    topics { id slug name }
  }
\`;
`,
  "StateStatements.ts": `
import { graphql } from "react-relay";
export const fragment = graphql\`
  fragment StateStatements_state on State
  @refetchable(queryName: "StateStatementsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 10 }
    cursor: { type: "String" }
    about: { type: "[String!]" }
  ) {
    id
    name
    statements(first: $count, after: $cursor, filter: { targetStates: $about })
      @connection(key: "StateStatements_statements", filters: ["filter"]) {
      totalCount
      edges {
        node {
          id
          ...StatementRow_statement
        }
      }
    }
  }
\`;
`,
  "StatePage.ts": `
import { graphql } from "react-relay";
export const query = graphql\`
  query StatePageQuery($code: String!, $about: [String!]) {
    state(code: $code) {
      code
      ...StateStatements_state @arguments(about: $about)
    }
  }
\`;
`,
  "SanctionedSpeakers.ts": `
import { graphql } from "react-relay";
export const query = graphql\`
  query SanctionedSpeakersQuery($topics: [String!]) {
    ...SanctionedSpeakers_query @arguments(topics: $topics)
  }
\`;
export const fragment = graphql\`
  fragment SanctionedSpeakers_query on Query
  @refetchable(queryName: "SanctionedSpeakersPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 20 }
    after: { type: "String" }
    topics: { type: "[String!]" }
  ) {
    people(first: $first, after: $after, filter: { sanctioned: true })
      @connection(key: "SanctionedSpeakers_people") {
      edges {
        node {
          id
          name
          sanctionNote
          statements(first: 3, filter: { topics: $topics }) {
            nodes { ...StatementRow_statement }
          }
        }
      }
    }
  }
\`;
`,
  "SearchResults.ts": `
import { graphql } from "react-relay";
export const query = graphql\`
  query SearchResultsQuery($search: String!) {
    statements(first: 20, filter: { search: $search }, orderBy: { field: RELEVANCE }) {
      edges { node { id snippet ...StatementRow_statement } }
    }
  }
\`;
`,
};

describe("relay-compiler against schema/schema.graphql", () => {
  let dir: string;
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "entente-relay-"));
    mkdirSync(path.join(dir, "src"));
    copyFileSync(path.join(projectRoot, "schema", "schema.graphql"), path.join(dir, "schema.graphql"));
    for (const [name, source] of Object.entries(MODULES)) writeFileSync(path.join(dir, "src", name), source);
    writeFileSync(
      path.join(dir, "relay.config.json"),
      JSON.stringify(
        {
          src: "./src",
          schema: "./schema.graphql",
          language: "typescript",
          eagerEsModules: true,
          excludes: ["**/__generated__/**"],
        },
        null,
        2,
      ),
    );
    run = spawnSync(process.execPath, [RELAY_CLI, "relay.config.json"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  }, 90_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("compiles with exit code 0", () => {
    if (run.status !== 0) console.error(run.stdout, run.stderr);
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });

  it("generates artifacts, including the pagination queries that refetch through Query.node", () => {
    const generated = path.join(dir, "src", "__generated__");
    expect(existsSync(generated)).toBe(true);
    const files = readdirSync(generated);
    for (const name of [
      "StatePageQuery.graphql.ts",
      "StateStatements_state.graphql.ts",
      "StateStatementsPaginationQuery.graphql.ts",
      "SanctionedSpeakersPaginationQuery.graphql.ts",
      "SearchResultsQuery.graphql.ts",
    ]) {
      expect(files).toContain(name);
    }
    const pagination = readFileSync(path.join(generated, "StateStatementsPaginationQuery.graphql.ts"), "utf8");
    expect(pagination).toMatch(/node\(id: \$id\)/);
  });

  it("fails (exit 1) on a document the schema does not allow, so a green run means something", () => {
    const bad = mkdtempSync(path.join(tmpdir(), "entente-relay-bad-"));
    try {
      mkdirSync(path.join(bad, "src"));
      copyFileSync(path.join(projectRoot, "schema", "schema.graphql"), path.join(bad, "schema.graphql"));
      writeFileSync(
        path.join(bad, "src", "Bad.ts"),
        'import { graphql } from "react-relay";\nexport const q = graphql`query BadQuery { state(code: "KR") { nope } }`;\n',
      );
      writeFileSync(
        path.join(bad, "relay.config.json"),
        JSON.stringify({ src: "./src", schema: "./schema.graphql", language: "typescript" }),
      );
      const result = spawnSync(process.execPath, [RELAY_CLI, "relay.config.json"], {
        cwd: bad,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/no field `nope`/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
