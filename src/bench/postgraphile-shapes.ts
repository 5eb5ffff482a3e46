// The query shapes that both Entente and PostGraphile 5 (default preset) can express, each as a pair of queries
// asking for the same rows, with a normaliser per side so the bench can check that both answer the same before
// timing them. PostGraphile has no state-code lookup or list filter by default: it receives the state row ids
// (resolved beforehand by the bench), which spares it the code → id step that Entente does in each request.
import { fromGlobalId } from "../graphql/relay/global-id.js";
import { nestedStatesShape, speakerStateAndTypeShape, statementByIdShape, type QueryShape } from "./query-shapes.js";

export interface ComparedShape {
  name: string;
  entente: QueryShape;
  postgraphile: QueryShape;
  /** Each side's `data` reduced to the same plain values (what both must return equally). */
  normalise: { entente(data: unknown): unknown; postgraphile(data: unknown): unknown };
}

// The parts of the two answers the normalisers read.
type Named = { name: string } | null;
type Titled = { title: string; publishedAt?: string };
interface NestedStatement {
  text: string;
  speaker?: Named;
  article?: Titled;
  personBySpeakerId?: Named;
  articleByArticleId?: Titled;
}
interface EntenteNested {
  states: { nodes: { code: string; statements: { nodes: NestedStatement[] } }[] };
}
type PostGraphileNested = Record<string, { code: string; statementsBySpeakerStateId: { nodes: NestedStatement[] } }>;
interface ListedStatement {
  id?: string;
  rowId?: number;
  text: string;
  publishedAt: string;
}

/** Row ids the PostGraphile queries need, read from the database and from Entente's own answers. */
export interface ComparedIds {
  /** The states Entente's nested query returns, in its order: code and row id. */
  nestedStates: { code: string; id: number }[];
  /** Row id of the state of the speaker-state shape (US). */
  speakerStateId: number;
  /** Global ID of the point-lookup statement. */
  statementId: string;
}

/** Newest first, as Entente's lists are ordered. */
const NEWEST_FIRST = "orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC]";
const time = (value: string) => Date.parse(value);

function nestedStates(ids: ComparedIds): ComparedShape {
  const aliases = ids.nestedStates.map(
    (state, n) => `s${n}: stateByRowId(rowId: ${state.id}) { code statementsBySpeakerStateId(first: 20, ${NEWEST_FIRST}) {
      nodes { text personBySpeakerId { name } articleByArticleId { title } } } }`,
  );
  const statements = (nodes: NestedStatement[]) =>
    nodes.map((n) => [n.text, (n.speaker ?? n.personBySpeakerId)?.name ?? null, (n.article ?? n.articleByArticleId)!.title]);
  return {
    name: nestedStatesShape.name,
    entente: nestedStatesShape,
    postgraphile: { name: nestedStatesShape.name, query: `{ ${aliases.join("\n")} }` },
    normalise: {
      entente: (data) => (data as EntenteNested).states.nodes.map((s) => [s.code, statements(s.statements.nodes)]),
      postgraphile: (data) =>
        ids.nestedStates.map((_, n) => {
          const state = (data as PostGraphileNested)[`s${n}`]!;
          return [state.code, statements(state.statementsBySpeakerStateId.nodes)];
        }),
    },
  };
}

function statementById(ids: ComparedIds): ComparedShape {
  const entente = statementByIdShape(ids.statementId);
  const rowId = fromGlobalId(ids.statementId)!.id;
  const answer = (text: string, score: number, speaker: Named | undefined, article: Titled) => [
    text,
    score,
    speaker?.name ?? null,
    article.title,
    time(article.publishedAt!),
  ];
  type Entente = { statement: { text: string; sentiment: { score: number }; speaker: Named; article: Titled } };
  type PostGraphile = {
    statementByRowId: { text: string; sentimentScore: number; personBySpeakerId: Named; articleByArticleId: Titled };
  };
  return {
    name: entente.name,
    entente,
    postgraphile: {
      name: entente.name,
      query: `query($id: Int!) { statementByRowId(rowId: $id) { text sentimentScore personBySpeakerId { name }
        articleByArticleId { title publishedAt } } }`,
      variables: { id: rowId },
    },
    normalise: {
      entente: (data) => {
        const s = (data as Entente).statement;
        return answer(s.text, s.sentiment.score, s.speaker, s.article);
      },
      postgraphile: (data) => {
        const s = (data as PostGraphile).statementByRowId;
        return answer(s.text, s.sentimentScore, s.personBySpeakerId, s.articleByArticleId);
      },
    },
  };
}

function speakerStateAndType(ids: ComparedIds): ComparedShape {
  return {
    name: speakerStateAndTypeShape.name,
    entente: speakerStateAndTypeShape,
    postgraphile: {
      name: speakerStateAndTypeShape.name,
      query: `{ allStatements(first: 50, ${NEWEST_FIRST}, condition: { speakerStateId: ${ids.speakerStateId}, type: COMMENTS }) {
        nodes { rowId text publishedAt } } }`,
    },
    normalise: {
      entente: (data) =>
        (data as { statements: { nodes: ListedStatement[] } }).statements.nodes.map((n) => [
          fromGlobalId(n.id!)!.id,
          n.text,
          time(n.publishedAt),
        ]),
      postgraphile: (data) =>
        (data as { allStatements: { nodes: ListedStatement[] } }).allStatements.nodes.map((n) => [
          n.rowId,
          n.text,
          time(n.publishedAt),
        ]),
    },
  };
}

export function comparedShapes(ids: ComparedIds): ComparedShape[] {
  return [nestedStates(ids), statementById(ids), speakerStateAndType(ids)];
}
