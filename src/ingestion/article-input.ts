// Validation of an article to ingest: every problem is reported with the field it concerns.
import { z } from "zod";

export interface ArticleToIngest {
  url: string;
  title: string;
  body: string;
  publishedAt: Date;
  source: string;
  language: string;
}

export interface FieldError {
  field: string;
  message: string;
  code: "BAD_USER_INPUT";
}

/**
 * The longest body any configuration accepts, in characters: the input guard's limit on every GraphQL string
 * (src/server/plugins/input-guard.ts), and the most that PostgreSQL ingests without holding up other requests.
 */
export const MAX_ARTICLE_CHARS_CEILING = 1_000_000;

/** What a deployment accepts (MAX_ARTICLE_CHARS, src/config/env.ts); the largest when not given. */
export interface ArticleLimits {
  maxBodyChars: number;
}

export const LARGEST_ARTICLE_LIMITS: ArticleLimits = { maxBodyChars: MAX_ARTICLE_CHARS_CEILING };

const count = (value: number) => value.toLocaleString("en");

/** The body rule for one limit: the whole article is refused, never cut, and the message names the setting. */
function bodySchema(maxBodyChars: number) {
  return z
    .string({ error: "is required" })
    .trim()
    .min(1, "must not be empty")
    .max(maxBodyChars, {
      error: (issue) =>
        `is ${count((issue.input as string).length)} characters long; this server accepts articles of at most ${count(maxBodyChars)} characters (MAX_ARTICLE_CHARS)`,
    });
}

const articleFields = {
  url: z
    .string({ error: "is required" })
    .trim()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { message: "must be an http(s) URL" }),
  title: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters"),
  body: bodySchema(MAX_ARTICLE_CHARS_CEILING),
  publishedAt: z.coerce.date({ error: "must be a date-time such as 2025-03-01T09:00:00Z" }),
  source: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code such as en")
    .default("en"),
};

const schemas = new Map<number, z.ZodType<ArticleToIngest>>();

function articleSchema(maxBodyChars: number): z.ZodType<ArticleToIngest> {
  let schema = schemas.get(maxBodyChars);
  if (!schema) {
    schema = z.object({ ...articleFields, body: bodySchema(maxBodyChars) });
    schemas.set(maxBodyChars, schema);
  }
  return schema;
}

/**
 * Parses untrusted input (GraphQL, a JSON file, a line of NDJSON, a web page, a queued job) against the
 * deployment's limits; an article over them is rejected here, before anything is extracted or stored.
 */
export function parseArticleInput(
  input: unknown,
  limits: ArticleLimits = LARGEST_ARTICLE_LIMITS,
): { article: ArticleToIngest } | { errors: FieldError[] } {
  const parsed = articleSchema(limits.maxBodyChars).safeParse(input);
  if (parsed.success) return { article: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.join(".") || "input",
      message: `${issue.path.join(".") || "input"} ${issue.message}`,
      code: "BAD_USER_INPUT" as const,
    })),
  };
}
