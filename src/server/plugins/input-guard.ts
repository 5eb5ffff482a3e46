// Input checks at the edge, before any resolver or SQL sees the request: strings PostgreSQL cannot store (NUL),
// strings too long to be sensible, search phrases that would make a query plan explode, and operation types
// that the HTTP endpoint does not serve. Each becomes a clear 400 error instead of an internal one.
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type ValueNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";

/** Longest string argument accepted anywhere (an article body is the longest legitimate value). */
export const MAX_STRING_LENGTH = 1_000_000;
/** A search phrase: enough for any real question, far from what makes full-text search slow. */
export const MAX_SEARCH_CHARACTERS = 200;
export const MAX_SEARCH_WORDS = 24;

function badInput(message: string, path: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument: path, http: { status: 400 } } });
}

function checkString(value: string, path: string, key: string): void {
  if (value.includes("\u0000")) throw badInput(`${path} contains a NUL character (\\u0000), which is not allowed.`, path);
  if (value.length > MAX_STRING_LENGTH) {
    throw badInput(`${path} is ${value.length} characters long; at most ${MAX_STRING_LENGTH} are accepted.`, path);
  }
  if (key !== "search") return;
  const words = value.trim().split(/\s+/).filter(Boolean).length;
  if (value.length > MAX_SEARCH_CHARACTERS || words > MAX_SEARCH_WORDS) {
    throw badInput(
      `${path} is too long for a search (${words} words, ${value.length} characters); use at most ${MAX_SEARCH_WORDS} words and ${MAX_SEARCH_CHARACTERS} characters.`,
      path,
    );
  }
}

/** Walks a JSON value from the request's variables. */
function checkJson(value: unknown, path: string, key: string): void {
  if (typeof value === "string") checkString(value, path, key);
  else if (Array.isArray(value)) value.forEach((item, index) => checkJson(item, `${path}[${index}]`, key));
  else if (value && typeof value === "object") {
    for (const [child, item] of Object.entries(value)) checkJson(item, `${path}.${child}`, child);
  }
}

/**
 * Walks a value written in the document. A variable is checked where it is used, so that a search phrase passed
 * as `$s` gets the search bounds although its variable has another name.
 */
function checkLiteral(value: ValueNode, path: string, key: string, variables: Record<string, unknown>): void {
  if (value.kind === Kind.STRING) checkString(value.value, path, key);
  else if (value.kind === Kind.VARIABLE) checkJson(variables[value.name.value], `$${value.name.value}`, key);
  else if (value.kind === Kind.LIST) {
    value.values.forEach((item, index) => checkLiteral(item, `${path}[${index}]`, key, variables));
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) checkLiteral(field.value, `${path}.${field.name.value}`, field.name.value, variables);
  }
}

type ArgumentValue = { name: string; value: ValueNode };

/** Every argument written in `node` (an operation or its fragments), in document order. */
function collectArguments(node: unknown, found: ArgumentValue[]): ArgumentValue[] {
  if (!node || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const item of node) collectArguments(item, found);
    return found;
  }
  const record = node as { kind?: string; name?: { value: string }; value?: ValueNode };
  if (record.kind === Kind.ARGUMENT && record.value && record.name) {
    found.push({ name: record.name.value, value: record.value });
    return found;
  }
  for (const [key, child] of Object.entries(record)) if (key !== "loc") collectArguments(child, found);
  return found;
}

// The arguments of each operation, found once: the server hands the same parsed document (and operation node) to
// every request with the same text (Apollo's document store), and walking the whole AST per request cost more
// than the checks themselves. Keyed by the operation node, which belongs to one document.
const argumentsByOperation = new WeakMap<OperationDefinitionNode, ArgumentValue[]>();

function argumentsOf(operation: OperationDefinitionNode, document: DocumentNode): ArgumentValue[] {
  let found = argumentsByOperation.get(operation);
  if (!found) {
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    found = collectArguments(fragments, collectArguments(operation, []));
    argumentsByOperation.set(operation, found);
  }
  return found;
}

/**
 * Checks every string an operation carries (literals in the document and its fragments, and variables): throws a
 * BAD_USER_INPUT GraphQLError on the first bad one. Used over HTTP (below) and over WebSocket (subscriptions).
 */
export function checkOperationInput(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  checkJson(variables, "variables", "");
  for (const { name, value } of argumentsOf(operation, document)) checkLiteral(value, name, name, variables);
}

export function inputGuardPlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          if (operation.operation === "subscription") {
            throw new GraphQLError(
              "Subscriptions are served over WebSocket (graphql-ws protocol) at /graphql, not over HTTP requests.",
              {
                extensions: { code: "BAD_REQUEST", http: { status: 400 } },
              },
            );
          }
          checkOperationInput(operation, document, request.variables ?? {});
        },
      };
    },
  };
}
