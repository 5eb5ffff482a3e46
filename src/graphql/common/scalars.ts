// Custom scalars from graphql-scalars, the maintained set, rather than strings with conventions.
export { DateTimeResolver as DateTimeScalar, URLResolver as URLScalar } from "graphql-scalars";
