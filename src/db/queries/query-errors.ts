// Domain errors of the data layer. SQL helpers never speak GraphQL: the API maps these to its error codes.

/** An argument the caller gave cannot be answered as asked (a foreign cursor, a missing search for RELEVANCE…). */
export class InvalidQueryArgumentError extends Error {
  constructor(
    message: string,
    /** The argument at fault, as the caller named it (e.g. `after`, `filter.search`, `orderBy`). */
    readonly argumentName: string,
  ) {
    super(message);
    this.name = "InvalidQueryArgumentError";
  }
}
