// Statements as cards: speaker and role, the quote with its type and tone, and a link to the article with the
// passage highlighted by its offsets.
import type { StatementItemFragment } from "../gql/graphql";
import { hrefFor, navigate } from "../url-state";

export function tone(score: number | null | undefined): string {
  if (score == null) return "–";
  return `${score > 0 ? "+" : ""}${score.toFixed(2)}`;
}

export function label(value: string): string {
  return value.toLowerCase().replace(/_/g, " ");
}

export function articleHref(statement: StatementItemFragment): string {
  return hrefFor({
    view: "article",
    id: statement.article.id,
    start: String(statement.startOffset),
    end: String(statement.endOffset),
  });
}

/** An in-app link: a normal link (opens in a new tab, copyable) that navigates without reloading. */
export function AppLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

export function StatementCard({ statement }: { statement: StatementItemFragment }) {
  const speaker = statement.speaker;
  return (
    <li className={`statement ${statement.sentiment.label.toLowerCase()}`} data-testid="statement">
      <div className="who">
        <strong>{speaker?.name ?? statement.speakerState?.name ?? "Unattributed"}</strong>
        {speaker?.role ? <span className="role">, {speaker.role}</span> : null}
        {statement.speakerState ? <span className="state"> ({statement.speakerState.code})</span> : null}
        <span className="targets"> → {statement.targets.map((target) => target.code).join(", ") || "–"}</span>
      </div>
      <blockquote>{statement.text}</blockquote>
      <div className="meta">
        <span className="type" data-testid="statement-type">
          {label(statement.type)}
        </span>
        <span className={`tone ${statement.sentiment.label.toLowerCase()}`} title="Sentiment score (-1 to 1)">
          {label(statement.sentiment.label)} {tone(statement.sentiment.score)}
        </span>
        <time dateTime={statement.publishedAt}>{statement.publishedAt.slice(0, 10)}</time>
        <AppLink href={articleHref(statement)} className="article-link">
          {statement.article.title} ({statement.article.source})
        </AppLink>
      </div>
    </li>
  );
}

export function StatementList({ statements }: { statements: StatementItemFragment[] }) {
  return (
    <ol className="statements">
      {statements.map((statement) => (
        <StatementCard key={statement.id} statement={statement} />
      ))}
    </ol>
  );
}
