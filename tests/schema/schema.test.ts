import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, type GraphQLSchema } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { printEntenteSchema } from "../../src/graphql/print-schema.js";
import { projectRoot } from "../../src/paths.js";

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe("GraphQL schema", () => {
  it("builds, and every type, field, argument and enum value is described", async () => {
    const schema = await buildGraphQLSchema();
    expect(undocumented(schema).filter((name) => !["Boolean", "String", "Int", "Float", "ID"].includes(name))).toEqual([]);
  });

  it("matches the published SDL in schema/schema.graphql (run `npm run schema:print` after changing it)", async () => {
    const published = readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(await printEntenteSchema()).toBe(published);
  });

  it("keeps the public field names of the contract", async () => {
    const sdl = await printEntenteSchema();
    for (const field of ["code", "alpha3", "officialName", "region", "aliases"])
      expect(sdl).toMatch(new RegExp(`type State implements Node \\{[^}]*\\b${field}\\b`, "s"));
    for (const field of ["sanctioned", "sanctionNote", "organisation", "role"])
      expect(sdl).toMatch(new RegExp(`type Person implements Node \\{[^}]*\\b${field}\\b`, "s"));
    for (const field of ["cameoCode", "goldstein", "startOffset", "endOffset", "speakerState", "targets", "topics"])
      expect(sdl).toMatch(new RegExp(`type Statement implements Node \\{[^}]*\\b${field}\\b`, "s"));
  });
});
