// The context every GraphQL request runs with on the HTTP server.
import type { GraphQLContext } from "../graphql/context.js";
import type { SqlTrace } from "../db/sql-trace.js";

export interface EntenteContext extends GraphQLContext {
  /** The SQL statements this request has issued so far (counted at the driver adapter). */
  sqlTrace: SqlTrace;
  /** The client's address (the first X-Forwarded-For hop when TRUST_PROXY is set): its rate-limit key without an API key. */
  clientAddress: string;
}
