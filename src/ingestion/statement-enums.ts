// The extraction pipeline's vocabularies (src/extraction/types.ts) mapped to the database enums. They are spelled
// alike; the check makes a value the database does not know yet (a pipeline type added before its migration) fail
// with a message instead of a constraint error deep inside the transaction.
import {
  SentimentLabel as DbSentimentLabel,
  StatementKind as DbStatementKind,
  StatementType as DbStatementType,
} from "../generated/prisma/enums.js";
import type { SentimentLabel, StatementKind, StatementType } from "../extraction/types.js";

function member<E extends Record<string, string>>(values: E, what: string, value: string): E[keyof E] {
  if (!(Object.values(values) as string[]).includes(value))
    throw new Error(`The database schema has no ${what} ${value}: add it to prisma/schema.prisma and create a migration.`);
  return value as E[keyof E];
}

export function toDbStatementKind(kind: StatementKind): DbStatementKind {
  return member(DbStatementKind, "statement kind", kind);
}

export function toDbSentimentLabel(label: SentimentLabel): DbSentimentLabel {
  return member(DbSentimentLabel, "sentiment label", label);
}

export function toDbStatementType(type: StatementType): DbStatementType {
  return member(DbStatementType, "statement type", type);
}
