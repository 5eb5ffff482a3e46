// The app's state lives in the query string, so every view can be shared and bookmarked as a link.
import { useCallback, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
window.addEventListener("popstate", () => listeners.forEach((listener) => listener()));

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Builds an in-app link to the given parameters. */
export function hrefFor(params: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) next.set(name, value);
  return `${window.location.pathname}?${next.toString()}`;
}

export function navigate(href: string): void {
  window.history.pushState(null, "", href);
  listeners.forEach((listener) => listener());
}

/** The current query string as an object, and a setter that merges changes into it (a new history entry). */
export function useUrlState(): [Record<string, string>, (changes: Record<string, string | undefined>) => void] {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const params = Object.fromEntries(new URLSearchParams(search));
  const update = useCallback((changes: Record<string, string | undefined>) => {
    const current = Object.fromEntries(new URLSearchParams(window.location.search));
    navigate(hrefFor({ ...current, ...changes }));
  }, []);
  return [params, update];
}
