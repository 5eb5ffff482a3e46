// Reads what went wrong in the database driver out of the errors Prisma wraps it in, so that callers can say
// the cause in words (startup) or map it to an error code (statement timeouts).

interface DriverCause {
  kind?: string;
  originalCode?: string;
  originalMessage?: string;
  host?: string;
  port?: number;
  db?: string;
}

/** The driver adapter's own description of a failure, when the error carries one. */
export function driverCause(error: unknown): DriverCause | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause ?? null;
}

/** PostgreSQL cancelled the statement (statement_timeout, SQLSTATE 57014), whichever layer wrapped the error. */
export function isStatementTimeout(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (candidate.code === "57014" || driverCause(candidate)?.originalCode === "57014") return true;
    if (typeof candidate.message === "string" && /statement timeout/i.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

/** One line naming why a database connection failed: refused, unknown role or database, authentication. */
export function describeConnectionError(error: unknown): string {
  const cause = driverCause(error);
  const code = cause?.originalCode;
  if (cause?.kind === "DatabaseNotReachable") {
    return `connection refused at ${cause.host ?? "?"}:${cause.port ?? "?"} (is PostgreSQL running there?)`;
  }
  if (cause?.kind === "DatabaseDoesNotExist" || code === "3D000") return `unknown database${cause?.db ? ` "${cause.db}"` : ""}`;
  if (code === "28P01") return "authentication failed (wrong password for this role)";
  if (code === "28000") return `access denied: ${cause?.originalMessage ?? "unknown role"}`;
  if (cause?.originalMessage) return cause.originalMessage;
  const message = error instanceof Error ? error.message : String(error);
  // Prisma's message ends with "Message: `...`"; elsewhere take its last non-empty line.
  const inner = /Message: `([^`]+)`/.exec(message)?.[1];
  return inner ?? message.trim().split("\n").filter(Boolean).pop() ?? "unknown error";
}
