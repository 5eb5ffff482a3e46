// The database the environment configures (DATABASE_URL, or the embedded PGlite under DATA_DIR), opened for one
// command and closed after it, whether the command succeeds or fails.
import { loadConfig } from "../config/env.js";
import { openDatabase, type Database } from "../db/database.js";

export async function withConfiguredDatabase<T>(task: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig().database);
  try {
    return await task(database);
  } finally {
    await database.close();
  }
}
