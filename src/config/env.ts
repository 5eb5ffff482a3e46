// Configuration from environment variables, validated once at start.
// A wrong value stops the service with one line that says what to fix (see ConfigError).
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "../db/adapter.js";
import type { BucketPolicy } from "../server/limits/leaky-bucket.js";
import type { HeavyQueryPolicy } from "../server/limits/heavy-queries.js";
import { MAX_ARTICLE_CHARS_CEILING, type ArticleLimits } from "../ingestion/article-input.js";

/**
 * The longest article body the embedded database accepts by default, in characters (about 8,000 words: a long
 * feature; the demo and evaluation articles are under 3,500). PGlite writes on the main thread over its one
 * connection, and an article's write transaction holds every other request until it commits, for a time that
 * grows with the article (about 1 ms per extracted statement on a busy 2-core machine, 4,700 statements in a
 * 1,000,000-character article). With ten clients ingesting such articles (npm run bench:contention -- --heavy
 * ingest) each write blocked the process for 5-17 s and cheap requests failed (the server dropped their kept-alive
 * connections after 5 s); at 100,000 characters the longest cheap request took 1.9 s, at 50,000 0.6-1.4 s, with
 * none failed. PostgreSQL writes on its own connections and keeps the ceiling.
 */
export const PGLITE_MAX_ARTICLE_CHARS = 50_000;

export class ConfigError extends Error {
  override name = "ConfigError";
}

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], {
    error: "must be one of 1/0, true/false, yes/no, on/off",
  })
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

/** `capacity/restorePerSecond`, e.g. `20000/500`: a leaky bucket of query-cost points. */
const bucketPolicy = z
  .string()
  .regex(/^\d+\/\d+$/, "must be <bucket size>/<points restored per second>, e.g. 20000/500")
  .transform((value) => {
    const [capacity, restorePerSecond] = value.split("/").map(Number) as [number, number];
    return { capacity, restorePerSecond };
  })
  .refine((policy) => policy.capacity > 0 && policy.restorePerSecond > 0, { message: "both numbers must be positive" });

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(4000),
  HOST: z.string().min(1, "must not be empty").default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message: "must start with postgres:// or postgresql:// (leave it unset to use the embedded database)",
    })
    .refine((value) => URL.canParse(value), { message: "is not a valid URL" })
    .optional(),
  DATABASE_READ_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
      message: "must be a postgres:// URL of a read replica of DATABASE_URL",
    })
    .optional(),
  DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  MIGRATE_ON_START: booleanFlag.optional(),
  SEED_ON_START: booleanFlag.optional(),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  NODE_ENV: z.string().default("development"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: "must be a number" }).int().positive().default(10_000),
  ENTENTE_API_KEYS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every((key) => key.length >= 16), { message: "keys must be at least 16 characters long" })
    .optional(),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((origin) => origin === "*" || URL.canParse(origin)), {
      message: "must be * or a comma-separated list of origins like https://app.example.org",
    })
    .optional(),
  GRAPHQL_SQL_TRACE: booleanFlag.optional(),
  RATE_LIMIT: booleanFlag.optional(),
  RATE_LIMIT_ANONYMOUS: bucketPolicy.optional(),
  RATE_LIMIT_API_KEY: bucketPolicy.optional(),
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\//.test(value) && URL.canParse(value), { message: "must be a redis:// or rediss:// URL" })
    .optional(),
  STATEMENT_TIMEOUT_MS: z.coerce.number({ error: "must be a number" }).int().min(0, "must be 0 (off) or more").default(5_000),
  TRUST_PROXY: booleanFlag.optional(),
  GRAPHQL_INTROSPECTION: booleanFlag.optional(),
  HEAVY_QUERY_COST: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .default(5_000),
  HEAVY_QUERY_CONCURRENCY: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .default(1),
  HEAVY_QUERY_WAIT_MS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .default(10_000),
  MAX_ARTICLE_CHARS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1_000, "must be at least 1000")
    .max(MAX_ARTICLE_CHARS_CEILING, `must be at most ${MAX_ARTICLE_CHARS_CEILING} (the input limit of every string)`)
    .optional(),
  SUBSCRIPTION_MAX_CONNECTIONS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 (no subscriptions) or more")
    .default(1_000),
});

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** A read replica of the PostgreSQL primary: GraphQL queries read from it, mutations use the primary. */
  readReplicaUrl: string | null;
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Load reference data (states, topics) and the demo corpus into an empty database at start. */
  seedOnStart: boolean;
  /** Ingest the demo corpus into an empty embedded database at start. */
  seedDemo: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  logFormat: "json" | "pretty";
  production: boolean;
  shutdownTimeoutMs: number;
  /** Keys accepted in `Authorization: Bearer <key>` for mutations. */
  apiKeys: string[];
  /** Origins allowed by CORS; ["*"] allows any. Empty: same-origin only. */
  corsOrigins: string[];
  /** Add `extensions.sql { queries, durationMs }` to every GraphQL response. */
  sqlTrace: boolean;
  /** Allow schema introspection (GraphiQL's docs explorer, codegen against the live endpoint). */
  introspection: boolean;
  /** Query-cost rate limits per client (API key, else address); null when switched off. */
  rateLimit: { anonymous: BucketPolicy; apiKey: BucketPolicy } | null;
  /** Shared rate-limit buckets for several replicas; null keeps them in this process. */
  redisUrl: string | null;
  /** PostgreSQL statement_timeout for every connection, in ms (0: none). */
  statementTimeoutMs: number;
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  /** Open graphql-ws (subscription) connections one process accepts at once. */
  subscriptionMaxConnections: number;
  /** Queries at or over a cost wait for one of a few turns (src/server/limits/heavy-queries.ts). */
  heavyQueries: HeavyQueryPolicy;
  /** What an article may be (every way in: GraphQL, npm run ingest, web pages, queued jobs). */
  articleLimits: ArticleLimits;
}

/** pino-pretty is a development dependency: a production install (npm ci --omit=dev) does not have it. */
export function prettyLogsInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return true;
  } catch {
    return false;
  }
}

/** Parses the environment; throws ConfigError with a single readable line on bad input. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  installed: { prettyLogs: () => boolean } = { prettyLogs: prettyLogsInstalled },
): AppConfig {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}.`);
  }
  const values = parsed.data;
  if (values.DATABASE_READ_URL && !values.DATABASE_URL) {
    throw new ConfigError("Invalid configuration: DATABASE_READ_URL needs DATABASE_URL (the primary) to be set too.");
  }
  const production = values.NODE_ENV === "production";
  if (values.LOG_FORMAT === "pretty" && !installed.prettyLogs()) {
    throw new ConfigError(
      "Invalid configuration: LOG_FORMAT=pretty needs pino-pretty, a development dependency (npm install); production logs JSON.",
    );
  }
  const database: DatabaseTarget = values.DATABASE_URL
    ? { kind: "postgres", url: values.DATABASE_URL }
    : {
        kind: "pglite",
        dataDir: values.DATA_DIR === "memory://" ? "memory://" : path.resolve(values.DATA_DIR),
      };
  return {
    port: values.PORT,
    host: values.HOST,
    database,
    readReplicaUrl: values.DATABASE_READ_URL ?? null,
    migrateOnStart: values.MIGRATE_ON_START ?? true,
    seedOnStart: values.SEED_ON_START ?? true,
    // The demo corpus is for the embedded default; a real PostgreSQL starts empty unless asked.
    seedDemo: values.SEED_DEMO ?? !values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    // Readable logs in a development terminal; JSON in production, in pipes, and wherever pino-pretty is missing.
    logFormat: values.LOG_FORMAT ?? (production || !process.stdout.isTTY || !installed.prettyLogs() ? "json" : "pretty"),
    production,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    apiKeys: values.ENTENTE_API_KEYS ?? [],
    corsOrigins: values.CORS_ORIGINS ?? [],
    sqlTrace: values.GRAPHQL_SQL_TRACE ?? false,
    introspection: values.GRAPHQL_INTROSPECTION ?? true,
    rateLimit:
      (values.RATE_LIMIT ?? true)
        ? {
            anonymous: values.RATE_LIMIT_ANONYMOUS ?? { capacity: 20_000, restorePerSecond: 500 },
            apiKey: values.RATE_LIMIT_API_KEY ?? { capacity: 100_000, restorePerSecond: 5_000 },
          }
        : null,
    redisUrl: values.REDIS_URL ?? null,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    trustProxy: values.TRUST_PROXY ?? false,
    subscriptionMaxConnections: values.SUBSCRIPTION_MAX_CONNECTIONS,
    heavyQueries: {
      costThreshold: values.HEAVY_QUERY_COST,
      concurrency: values.HEAVY_QUERY_CONCURRENCY,
      maxWaitMs: values.HEAVY_QUERY_WAIT_MS,
    },
    articleLimits: {
      maxBodyChars:
        values.MAX_ARTICLE_CHARS ?? (database.kind === "pglite" ? PGLITE_MAX_ARTICLE_CHARS : MAX_ARTICLE_CHARS_CEILING),
    },
  };
}
