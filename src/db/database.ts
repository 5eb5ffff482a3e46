// One handle on the database: the Prisma client, its driver, migrations and readiness.
import { readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../generated/prisma/client.js";
import { migrationsDir } from "../paths.js";
import { describeTarget, openDriver, type DatabaseTarget, type DriverOptions } from "./adapter.js";
import { applyMigrations } from "./migrations/apply-migrations.js";
import { registerRowReader, releaseRowReader } from "./raw-rows.js";
import { traceAdapterFactory } from "./sql-trace.js";
import { laneAdapterFactory } from "./statement-lane.js";

export interface Database {
  /** Client on the primary: migrations, writes, and reads when there is no replica. */
  prisma: PrismaClient;
  /** Client for reads: the read replica when one is configured, otherwise the same as `prisma`. */
  reader: PrismaClient;
  target: DatabaseTarget;
  /** The embedded database on PGlite (for LISTEN/NOTIFY, which has no Prisma API), null on PostgreSQL. */
  pglite: PGlite | null;
  /** Human-readable name of the database, without credentials. */
  description: string;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Whether the database answers and every migration in prisma/migrations has been applied. */
  readiness(): Promise<{ ready: boolean; reason?: string }>;
  close(): Promise<void>;
}

async function migrationNamesOnDisk(): Promise<string[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

export async function openDatabase(
  target: DatabaseTarget,
  options: { readReplicaUrl?: string | null } & DriverOptions = {},
): Promise<Database> {
  const driver = await openDriver(target, options);
  // The lane's gate is outermost, so a statement's wait at it is not counted as SQL time.
  const traced = laneAdapterFactory(traceAdapterFactory(driver.adapterFactory));
  const prisma = new PrismaClient({ adapter: traced });
  registerRowReader(prisma, traced);
  const replica = options.readReplicaUrl ? await openDriver({ kind: "postgres", url: options.readReplicaUrl }, options) : null;
  const replicaTraced = replica ? laneAdapterFactory(traceAdapterFactory(replica.adapterFactory)) : null;
  const reader = replicaTraced ? new PrismaClient({ adapter: replicaTraced }) : prisma;
  if (replicaTraced) registerRowReader(reader, replicaTraced);
  const expectedMigrations = await migrationNamesOnDisk();
  let closed = false;

  return {
    prisma,
    reader,
    target,
    pglite: driver.pglite,
    description: describeTarget(target),
    // Migrations (and their backfills) may run longer than a request may: on PostgreSQL they get their own
    // connection without the statement timeout.
    migrate: async () => {
      if (target.kind === "pglite" || !options.statementTimeoutMs) return applyMigrations(driver.adapterFactory);
      const migrator = await openDriver(target);
      try {
        return await applyMigrations(migrator.adapterFactory);
      } finally {
        await migrator.close();
      }
    },
    async readiness() {
      try {
        const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
        const applied = new Set(rows.map((row) => row.migration_name));
        const missing = expectedMigrations.filter((name) => !applied.has(name));
        return missing.length === 0 ? { ready: true } : { ready: false, reason: `migrations not applied: ${missing.join(", ")}` };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ready: false, reason: /_prisma_migrations/.test(message) ? "no migrations applied" : "database unreachable" };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await releaseRowReader(prisma);
      await prisma.$disconnect();
      await driver.close();
      if (replica) {
        await releaseRowReader(reader);
        await reader.$disconnect();
        await replica.close();
      }
    },
  };
}
