// Loading, empty and error states: a view is never blank.
import type { ReactNode } from "react";
import type { QueryState } from "../api/client";

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div className="status error" role="alert">
      <strong>Could not load this.</strong> {error.message}
    </div>
  );
}

/** Renders `ready` with the data, or the loading/error state. */
export function Query<T>({ state, what, ready }: { state: QueryState<T>; what: string; ready: (data: T) => ReactNode }) {
  if (state.status === "loading") return <Loading what={what} />;
  if (state.status === "error") return <ErrorBox error={state.error} />;
  return <>{ready(state.data)}</>;
}
