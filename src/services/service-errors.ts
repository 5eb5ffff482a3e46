// Domain errors of the write use cases. Services never speak GraphQL: a rejected input comes back as a list of
// problems, each naming the input field at fault, and the API turns them into its `userErrors`.

export type ProblemCode = "BAD_USER_INPUT" | "NOT_FOUND";

/** Something wrong with the input that the caller can fix; nothing was written. */
export interface InputProblem {
  /** The input field at fault, as the caller named it; null when it concerns the whole input. */
  field: string | null;
  message: string;
  code: ProblemCode;
}

/** What a write use case returns: the result, or the problems that stopped it before anything was written. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** A reference to a stored record as the caller gave it: its key (null when it cannot name one) and its spelling. */
export interface RecordRef {
  id: number | null;
  /** The reference as the caller wrote it, quoted back in messages. */
  given: string;
}

export function notFound(field: string, message: string): InputProblem {
  return { field, message, code: "NOT_FOUND" };
}

export function badInput(field: string, message: string): InputProblem {
  return { field, message, code: "BAD_USER_INPUT" };
}
