// Entente's GraphiQL: bundled from npm by Vite (no CDN), talking to the same-origin /graphql.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { EXAMPLE_TABS, HEADERS_HINT } from "./examples.js";
import { fetcher } from "./fetcher.js";

// GraphiQL fills the first tab's query from defaultTabs but not its variables (graphiql 5.4):
// pass them explicitly on a first visit, when there is no saved tab state yet.
const firstVisit = (() => {
  try {
    return window.localStorage.getItem("graphiql:tabState") === null;
  } catch {
    return true;
  }
})();

const root = document.getElementById("graphiql");
if (!root) throw new Error("#graphiql element missing");

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={EXAMPLE_TABS.map(({ query, variables, headers }) => ({ query, variables, headers: headers ?? HEADERS_HINT }))}
      defaultHeaders={HEADERS_HINT}
      initialVariables={firstVisit ? EXAMPLE_TABS[0]?.variables : undefined}
      isHeadersEditorEnabled
      // Keep API keys out of localStorage unless the user opts in (settings dialog).
      shouldPersistHeaders={false}
      showPersistHeadersSettings
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>Entente</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
