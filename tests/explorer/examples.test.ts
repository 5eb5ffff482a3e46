// Every example tab GraphiQL opens with must be valid against the published SDL, with variables
// that fit its variable definitions.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, getOperationAST, getVariableValues, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABS, HEADERS_HINT } from "../../explorer/src/examples.js";
import { projectRoot } from "../../src/paths.js";

const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8"));

/** GraphiQL reads variables and headers as JSONC: drop // comments and trailing commas. */
function parseJsonc(text: string): unknown {
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1"));
}

describe("GraphiQL example tabs", () => {
  it("has the examples the explorer promises", () => {
    expect(EXAMPLE_TABS.map((tab) => tab.name)).toEqual(
      expect.arrayContaining(["StatementsBetweenStates", "SanctionedSpeakersOnTopic", "SearchWithSnippets", "PagingWithCursors"]),
    );
    expect(new Set(EXAMPLE_TABS.map((tab) => tab.name)).size).toBe(EXAMPLE_TABS.length);
  });

  for (const tab of EXAMPLE_TABS) {
    it(`${tab.name} is valid against schema/schema.graphql`, () => {
      const document = parse(tab.query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      const operation = getOperationAST(document);
      expect(operation?.name?.value).toBe(tab.name);
      const variables = (tab.variables ? parseJsonc(tab.variables) : {}) as Record<string, unknown>;
      const coerced = getVariableValues(schema, operation!.variableDefinitions ?? [], variables);
      expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
    });
  }

  it("shows how to send an Authorization header, without sending a placeholder", () => {
    expect(HEADERS_HINT).toMatch(/"Authorization": "Bearer /);
    expect(parseJsonc(HEADERS_HINT)).toEqual({});
  });
});
