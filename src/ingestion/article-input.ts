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

const articleSchema = z.object({
  url: z
    .string({ error: "is required" })
    .trim()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { message: "must be an http(s) URL" }),
  title: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters"),
  body: z
    .string({ error: "is required" })
    .trim()
    .min(1, "must not be empty")
    .max(1_000_000, "must be at most 1,000,000 characters"),
  publishedAt: z.coerce.date({ error: "must be a date-time such as 2025-03-01T09:00:00Z" }),
  source: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code such as en")
    .default("en"),
});

/** Parses untrusted input (GraphQL, a JSON file, a line of NDJSON). */
export function parseArticleInput(input: unknown): { article: ArticleToIngest } | { errors: FieldError[] } {
  const parsed = articleSchema.safeParse(input);
  if (parsed.success) return { article: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.join(".") || "input",
      message: `${issue.path.join(".") || "input"} ${issue.message}`,
      code: "BAD_USER_INPUT" as const,
    })),
  };
}
