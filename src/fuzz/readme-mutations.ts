// Grammar-based fuzzing: the README's example queries parsed with graphql-js and their syntax trees mutated the way
// clients get things wrong: argument values swapped for boundary and hostile values or for values of another type,
// selections duplicated, aliases added (some conflicting), arguments dropped (required ones too).
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  parse,
  parseValue,
  print,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type SelectionNode,
  type ValueNode,
} from "graphql";
import { projectRoot } from "../paths.js";
import type { Random } from "./random.js";
import { hostileInt, hostileOpaque, hostileString, randomLiteral } from "./hostile-values.js";
import { post, type FuzzRequest } from "./fuzz-request.js";

/** The ```graphql blocks of README.md, parsed. */
export function readmeExampleQueries(readme = path.join(projectRoot, "README.md")): DocumentNode[] {
  const text = readFileSync(readme, "utf8");
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => parse(match[1]!, { noLocation: true }));
}

interface Parts {
  fields: FieldNode[];
  argumentLists: ArgumentNode[][];
  selectionLists: SelectionNode[][];
}

/** Every field, argument list and selection list of a document, to mutate in place. */
function collect(document: DocumentNode): Parts {
  const parts: Parts = { fields: [], argumentLists: [], selectionLists: [] };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as { kind?: string; arguments?: ArgumentNode[]; selectionSet?: { selections: SelectionNode[] } };
    if (record.kind === Kind.FIELD) parts.fields.push(node as FieldNode);
    if (record.arguments?.length) parts.argumentLists.push(record.arguments);
    if (record.selectionSet) parts.selectionLists.push(record.selectionSet.selections);
    for (const child of Object.values(record)) walk(child);
  };
  walk(document);
  return parts;
}

function literal(source: string): ValueNode | null {
  try {
    return parseValue(source, { noLocation: true });
  } catch {
    return null;
  }
}

/** A value of the same kind at its edge (page sizes, dates, codes), or of another kind altogether. */
function mutatedValue(random: Random, value: ValueNode): ValueNode {
  const sameKind: Partial<Record<Kind, () => string>> = {
    [Kind.INT]: () => String(hostileInt(random)),
    [Kind.STRING]: () => JSON.stringify(random.chance(0.5) ? hostileString(random).slice(0, 50_000) : hostileOpaque(random)),
    [Kind.ENUM]: () => random.pick(["DAY", "YEAR", "CENTURY", "ASC", "NEGATIVE", "INCOMING", "RELEVANCE", "x"]),
    [Kind.LIST]: () =>
      `[${Array.from({ length: random.pick([0, 1, 101, 1_000]) }, () => JSON.stringify(random.string(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))).join(",")}]`,
  };
  const make = random.chance(0.5) ? sameKind[value.kind] : undefined;
  return literal(make ? make() : randomLiteral(random)) ?? value;
}

const MUTATIONS: ((random: Random, parts: Parts) => void)[] = [
  function changeArgumentValue(random, parts) {
    const lists = parts.argumentLists.filter((list) => list.length);
    if (!lists.length) return;
    const list = random.pick(lists);
    const index = random.int(0, list.length - 1);
    list[index] = { ...list[index]!, value: mutatedValue(random, list[index]!.value) };
  },
  function dropArgument(random, parts) {
    const lists = parts.argumentLists.filter((list) => list.length);
    if (!lists.length) return;
    const list = random.pick(lists);
    list.splice(random.int(0, list.length - 1), 1);
  },
  function addArgument(random, parts) {
    const field = random.pick(parts.fields) as { arguments?: ArgumentNode[] };
    const value = literal(randomLiteral(random));
    if (!value) return;
    const name = random.pick(["first", "last", "after", "before", "filter", "orderBy", "granularity", "code", "id", "x"]);
    field.arguments = [...(field.arguments ?? []), { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value }];
  },
  function duplicateSelection(random, parts) {
    const list = random.pick(parts.selectionLists);
    const copies = random.pick([1, 2, 10, 40]);
    const chosen = random.pick(list);
    for (let i = 0; i < copies; i++) list.push(structuredClone(chosen));
  },
  function addAlias(random, parts) {
    const field = random.pick(parts.fields) as { alias?: { kind: Kind.NAME; value: string } };
    // A shared alias on different fields is a validation error ("fields conflict"); a fresh one is harmless.
    field.alias = { kind: Kind.NAME, value: random.chance(0.5) ? "same" : `a${random.int(0, 1_000)}` };
  },
  function renameField(random, parts) {
    const field = random.pick(parts.fields) as { name: { kind: Kind.NAME; value: string } };
    field.name = { kind: Kind.NAME, value: random.pick(["__typename", "id", "nodes", "unknownField", "statements", "node"]) };
  },
];

/** A README query with one to four mutations applied; sometimes with stray variables. */
export function mutatedReadmeQuery(random: Random, examples: DocumentNode[]): FuzzRequest {
  const document = structuredClone(random.pick(examples));
  const parts = collect(document);
  const rounds = random.int(1, 4);
  for (let i = 0; i < rounds; i++) random.pick(MUTATIONS)(random, parts);
  const variables = random.chance(0.3) ? { after: random.chance(0.5) ? hostileOpaque(random) : hostileInt(random) } : undefined;
  return post("mutated README queries", print(document), { variables });
}

/** The README queries as they are: they must answer without errors, before and after the fuzzing. */
export function readmeQuery(random: Random, examples: DocumentNode[]): FuzzRequest {
  return post("README queries", print(random.pick(examples)));
}
