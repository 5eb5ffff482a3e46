// Fresh databases for tests: an in-memory PGlite always, and a throwaway database on a real
// PostgreSQL server when TEST_DATABASE_URL is set (each test file gets its own, dropped afterwards).
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "../../src/db/adapter.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { seedReferenceData } from "../../src/db/seed/seed-reference-data.js";

export interface TestTarget {
  name: "pglite" | "postgres";
  create(): Promise<Database>;
}

export async function createPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `entente_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Opens a migrated database on `target`; for PostgreSQL the database is dropped on close. */
export async function openTestDatabase(kind: TestTarget["name"]): Promise<Database> {
  let target: DatabaseTarget;
  let drop = async () => {};
  if (kind === "pglite") {
    target = { kind: "pglite", dataDir: "memory://" };
  } else {
    const created = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
    target = { kind: "postgres", url: created.url };
    drop = created.drop;
  }
  const database = await openDatabase(target);
  await database.migrate();
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    await drop();
  };
  return database;
}

/** The targets every database test runs on. */
export const testTargets: TestTarget["name"][] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A migrated database with reference data (states, topics). */
export async function openSeededTestDatabase(kind: TestTarget["name"]): Promise<Database> {
  const database = await openTestDatabase(kind);
  await seedReferenceData(database.prisma);
  return database;
}
