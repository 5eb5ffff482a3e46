// A bulk-load session for the benchmark generator: one transaction in which per-row work is switched off and done
// once per table at the end. Row triggers (the copies of publishedAt/speakerStateId onto the join tables, and the
// foreign-key checks) are skipped, so the loader must write those columns itself; secondary indexes (the GIN
// full-text indexes above all) are dropped and rebuilt from their own definitions, which sorts each index once
// instead of inserting millions of entries one by one. Everything is transactional: a failure or a crash leaves
// the database as it was, triggers and indexes included.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/** Index builds after the load: more sort memory makes the B-tree and GIN builds single-pass. */
const MAINTENANCE_WORK_MEM = "256MB";
/** The load of 2,000,000 statements takes minutes on a busy machine; Prisma's default is 5 s. */
const TRANSACTION_TIMEOUT_MS = 6 * 3_600_000;

interface IndexDefinition {
  name: string;
  definition: string;
}

/** Non-unique indexes of `tables` that back no constraint: safe to drop and rebuild (nothing checks through them). */
async function secondaryIndexes(tx: Prisma.TransactionClient, tables: readonly string[]): Promise<IndexDefinition[]> {
  return tx.$queryRawUnsafe<IndexDefinition[]>(
    `SELECT i.indexrelid::regclass::text AS "name", pg_get_indexdef(i.indexrelid) AS "definition"
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
       AND NOT i.indisunique AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY 1`,
    [...tables],
  );
}

/**
 * Skips row triggers for this transaction: `session_replication_role = replica` (also skips foreign-key checks)
 * needs a superuser; a table owner disables the user triggers of each table instead (undone at commit below).
 */
async function skipRowTriggers(tx: Prisma.TransactionClient, tables: readonly string[]): Promise<string[]> {
  const [{ superuser }] = await tx.$queryRawUnsafe<[{ superuser: boolean }]>(
    `SELECT rolsuper AS "superuser" FROM pg_roles WHERE rolname = current_user`,
  );
  if (superuser) {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    return [];
  }
  for (const table of tables) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  return [...tables];
}

/**
 * Runs `load` in one transaction on `tables` with their row triggers off and their secondary indexes dropped,
 * then rebuilds the indexes and switches the triggers back on before committing.
 */
export async function withBulkLoad<T>(
  prisma: PrismaClient,
  tables: readonly string[],
  load: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '${MAINTENANCE_WORK_MEM}'`);
      const disabled = await skipRowTriggers(tx, tables);
      const indexes = await secondaryIndexes(tx, tables);
      for (const index of indexes) await tx.$executeRawUnsafe(`DROP INDEX ${index.name}`);
      const result = await load(tx);
      for (const index of indexes) await tx.$executeRawUnsafe(index.definition);
      for (const table of disabled) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
}
