// The analyst app: four views chosen by `?view=` (shareable links), a skip link and a labelled navigation.
import { ArticleView } from "./views/ArticleView";
import { LiveView } from "./views/LiveView";
import { RelationView } from "./views/RelationView";
import { StateView } from "./views/StateView";
import { TopicView } from "./views/TopicView";
import { AppLink } from "./components/StatementList";
import { hrefFor, useUrlState } from "./url-state";

const VIEWS = [
  { id: "relation", title: "Relation", render: () => <RelationView /> },
  { id: "state", title: "State", render: () => <StateView /> },
  { id: "topic", title: "Topic", render: () => <TopicView /> },
  { id: "live", title: "Live feed", render: () => <LiveView /> },
] as const;

export function App() {
  const [params] = useUrlState();
  const view = params.view ?? "relation";
  const current = VIEWS.find((candidate) => candidate.id === view);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">Entente</span>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((candidate) => (
              <li key={candidate.id}>
                <AppLink href={hrefFor({ view: candidate.id })} className={candidate.id === view ? "current" : undefined}>
                  <span aria-current={candidate.id === view ? "page" : undefined}>{candidate.title}</span>
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <a className="explorer" href="/graphiql/">
          GraphiQL
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {view === "article" ? (
          <ArticleView />
        ) : current ? (
          current.render()
        ) : (
          <p className="status error">Unknown view “{view}”.</p>
        )}
      </main>
    </>
  );
}
