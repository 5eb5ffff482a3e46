// Statement criteria as SQL conditions on a statement alias. Columns are compared with constants of their own
// type (ids, enums cast to the enum type, one value as `=`), never through functions or subqueries, so indexes apply.
import { Prisma } from "../../../generated/prisma/client.js";
import type { StatementCriteria } from "./statement-criteria.js";

/** `column` equals one of `values`: `=` for one value (an index range keeps its order), `= ANY` for several. */
export function oneOf(column: Prisma.Sql, values: readonly (number | string)[], cast?: string): Prisma.Sql {
  const type = cast ? Prisma.raw(`::"${cast}"`) : Prisma.empty;
  // Arrays go over the wire as text[] (drivers format them by the parameter's type), then become the enum array.
  const arrayType = cast ? Prisma.raw(`::text[]::"${cast}"[]`) : Prisma.empty;
  return values.length === 1 ? Prisma.sql`${column} = ${values[0]}${type}` : Prisma.sql`${column} = ANY(${values}${arrayType})`;
}

/** PostgreSQL full-text query from what a user types (quotes, OR, -exclusions work as on search engines). */
export function textQuery(search: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${search})`;
}

/**
 * The statement's text as a search document: the stored generated column `to_tsvector('english', "text")`, indexed
 * by the GIN index "Statement_text_search_idx". Stored, so that checking a match and ranking it read the vector
 * instead of parsing the text again for every candidate row.
 */
export function statementDocument(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."searchVector"`);
}

function column(alias: string, name: string): Prisma.Sql {
  return Prisma.raw(`${alias}."${name}"`);
}

/** The conditions of `criteria` on statements aliased `alias` (all must hold). */
export function statementConditions(criteria: StatementCriteria, alias = "s"): Prisma.Sql[] {
  if (criteria.matchesNothing) return [Prisma.sql`FALSE`];
  const c = (name: string) => column(alias, name);
  const conditions: Prisma.Sql[] = [];
  if (criteria.speakerIds?.length) conditions.push(oneOf(c("speakerId"), criteria.speakerIds));
  if (criteria.speakerStateIds?.length) conditions.push(oneOf(c("speakerStateId"), criteria.speakerStateIds));
  if (criteria.articleIds?.length) conditions.push(oneOf(c("articleId"), criteria.articleIds));
  if (criteria.targetStateIds?.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTarget" ft
      WHERE ft."statementId" = ${c("id")} AND ${oneOf(Prisma.sql`ft."stateId"`, criteria.targetStateIds)})`);
  }
  if (criteria.allTargetStateIds?.length) {
    const ids = [...new Set(criteria.allTargetStateIds)];
    conditions.push(Prisma.sql`(SELECT COUNT(*) FROM "StatementTarget" ft
      WHERE ft."statementId" = ${c("id")} AND ft."stateId" = ANY(${ids}::int[])) = ${ids.length}`);
  }
  if (criteria.topicIds?.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" fst
      WHERE fst."statementId" = ${c("id")} AND ${oneOf(Prisma.sql`fst."topicId"`, criteria.topicIds)})`);
  }
  if (criteria.sentiment?.min != null) conditions.push(Prisma.sql`${c("sentimentScore")} >= ${criteria.sentiment.min}`);
  if (criteria.sentiment?.max != null) conditions.push(Prisma.sql`${c("sentimentScore")} <= ${criteria.sentiment.max}`);
  if (criteria.sentimentLabels?.length) conditions.push(oneOf(c("sentimentLabel"), criteria.sentimentLabels, "SentimentLabel"));
  if (criteria.types?.length) conditions.push(oneOf(c("type"), criteria.types, "StatementType"));
  if (criteria.kinds?.length) conditions.push(oneOf(c("kind"), criteria.kinds, "StatementKind"));
  if (criteria.publishedAt?.from) conditions.push(Prisma.sql`${c("publishedAt")} >= ${criteria.publishedAt.from}::timestamp`);
  if (criteria.publishedAt?.to) conditions.push(Prisma.sql`${c("publishedAt")} < ${criteria.publishedAt.to}::timestamp`);
  if (criteria.search) conditions.push(Prisma.sql`${statementDocument(alias)} @@ ${textQuery(criteria.search)}`);
  return conditions;
}
