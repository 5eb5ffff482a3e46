// Typed clients: GraphQL Code Generator's client preset over schema/schema.graphql and
// schema/operations, then a small consumer type-checked with the TypeScript compiler API.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { buildSchema, parse, validate } from "graphql";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import codegenConfig, { CLIENT_OUTPUT } from "../../codegen.js";
import { projectRoot } from "../../src/paths.js";

const workDir = path.join(projectRoot, "tests", "artifacts", "clients");
const outDir = path.join(workDir, "gql");
const operationsDir = path.join(projectRoot, "schema", "operations");

/** What a frontend would write: typed variables and results, fragments read through getFragmentData. */
const CONSUMER = `
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { getFragmentData, type FragmentType } from "./gql/index.js";
import {
  NodeByIdDocument,
  PageInfoFieldsFragmentDoc,
  PersonChipFragmentDoc,
  SanctionedSpeakersDocument,
  SearchEverythingDocument,
  StateChipFragmentDoc,
  StatementCardFragmentDoc,
  StatementsBetweenStatesDocument,
  type SentimentLabel,
  type StatementType,
  type StatementsBetweenStatesQuery,
} from "./gql/graphql.js";

export async function execute<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  apiKey?: string,
): Promise<TResult> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(apiKey ? { authorization: \`Bearer \${apiKey}\` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join("; ") ?? "no data");
  return body.data;
}

export function statementLine(card: FragmentType<typeof StatementCardFragmentDoc>): string {
  const statement = getFragmentData(StatementCardFragmentDoc, card);
  const type: StatementType = statement.type;
  const label: SentimentLabel = statement.sentiment.label;
  const speaker = getFragmentData(PersonChipFragmentDoc, statement.speaker);
  const targets = getFragmentData(StateChipFragmentDoc, statement.targets).map((state) => state.code);
  const when: string = statement.publishedAt;
  return \`\${when} \${speaker?.name ?? "(unnamed)"} \${type} \${label} \${statement.goldstein.toFixed(1)} → \${targets.join(", ")}: \${statement.text}\`;
}

/** Pages through everything one state said about another. */
export async function* allStatementsBetween(from: string, about: string): AsyncGenerator<string> {
  let after: string | null = null;
  for (;;) {
    // Annotated: \`after\` feeds back into the next request, which TypeScript cannot infer through.
    const data: StatementsBetweenStatesQuery = await execute(StatementsBetweenStatesDocument, { from, about: [about], first: 50, after, sentiment: ["NEGATIVE", "POSITIVE"] });
    if (!data.state) return;
    for (const edge of data.state.statements.edges) yield statementLine(edge.node);
    const pageInfo = getFragmentData(PageInfoFieldsFragmentDoc, data.state.statements.pageInfo);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
  }
}

export async function sanctionedOnTopic(topic: string): Promise<string[]> {
  const data = await execute(SanctionedSpeakersDocument, { topics: [topic] });
  return data.people.edges.flatMap(({ node }) => {
    const person = getFragmentData(PersonChipFragmentDoc, node);
    const note: string | null = node.sanctionNote;
    return node.statements.nodes.map((card) => \`\${person.name} (\${note ?? "sanctioned"}): \${statementLine(card)}\`);
  });
}

export async function search(text: string): Promise<{ snippets: (string | null)[]; titles: string[]; total: number }> {
  const data = await execute(SearchEverythingDocument, { search: text, since: "2025-01-01T00:00:00Z" });
  return {
    snippets: data.statements.edges.map((edge) => edge.node.snippet),
    titles: data.articles.nodes.map((article) => article.title),
    total: data.statements.totalCount,
  };
}

export async function describeNode(id: string): Promise<string> {
  const data = await execute(NodeByIdDocument, { id });
  const node = data.node;
  if (!node) return "not found";
  switch (node.__typename) {
    case "State":
      return \`\${getFragmentData(StateChipFragmentDoc, node).name} (\${node.officialName})\`;
    case "Topic":
      return node.description;
    case "Statement":
      return statementLine(node);
    default:
      return node.__typename;
  }
}
`;

/** Masked fragments must not be readable without getFragmentData; variables are checked too. */
const WRONG_CONSUMER = `
import { StatementsBetweenStatesDocument } from "./gql/graphql.js";
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";

declare const data: ResultOf<typeof StatementsBetweenStatesDocument>;
export const text: string = data.state!.statements.edges[0]!.node.text;
export const variables: VariablesOf<typeof StatementsBetweenStatesDocument> = { about: ["RU"] };
`;

function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
    noEmit: true,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(workDir, diagnostic.file.fileName)}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})`
      : "";
    return `${where} TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
}

describe("typed clients (GraphQL Code Generator, client preset)", () => {
  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const target = codegenConfig.generates[CLIENT_OUTPUT]!;
    await generate(
      {
        ...codegenConfig,
        schema: path.join(projectRoot, "schema", "schema.graphql"),
        documents: [path.join(operationsDir, "**", "*.graphql")],
        generates: { [`${outDir}/`]: target },
        silent: true,
      },
      true,
    );
    // package.json with "type": "module" so NodeNext treats the generated .ts files as ESM.
    writeFileSync(path.join(workDir, "package.json"), JSON.stringify({ type: "module", private: true }));
    writeFileSync(path.join(workDir, "consumer.ts"), CONSUMER);
    writeFileSync(path.join(workDir, "wrong-consumer.ts"), WRONG_CONSUMER);
  }, 60_000);

  it("every operation file is valid against schema/schema.graphql", () => {
    const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8"));
    const files = readdirSync(operationsDir).filter((name) => name.endsWith(".graphql"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const all = parse(files.map((name) => readFileSync(path.join(operationsDir, name), "utf8")).join("\n"));
    expect(validate(schema, all).map((error) => error.message)).toEqual([]);
  });

  it("generates typed documents for every operation and fragment", () => {
    expect(readdirSync(outDir).sort()).toEqual(["fragment-masking.ts", "gql.ts", "graphql.ts", "index.ts"]);
    const types = readFileSync(path.join(outDir, "graphql.ts"), "utf8");
    for (const name of [
      "StatementsBetweenStatesDocument",
      "SanctionedSpeakersDocument",
      "SearchEverythingDocument",
      "NodeByIdDocument",
      "StatementCardFragmentDoc",
    ]) {
      expect(types).toContain(`export const ${name}`);
    }
  });

  it("a consumer type-checks under strict NodeNext", () => {
    expect(typeCheck(path.join(workDir, "consumer.ts"))).toEqual([]);
  }, 60_000);

  it("the types catch mistakes: masked fragment fields, missing required variables", () => {
    const errors = typeCheck(path.join(workDir, "wrong-consumer.ts"));
    expect(errors.some((error) => /TS2339/.test(error) && /text/.test(error))).toBe(true);
    expect(errors.some((error) => /TS2741/.test(error) && /from/.test(error))).toBe(true);
  }, 60_000);
});
