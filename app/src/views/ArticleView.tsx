// An article with the passage of a statement highlighted by its character offsets.
import { useEffect, useRef } from "react";
import { ArticleWithBodyDocument } from "../gql/graphql";
import { useQuery } from "../api/client";
import { Empty, Query } from "../components/Status";
import { useUrlState } from "../url-state";

function Highlighted({ body, start, end }: { body: string; start: number; end: number }) {
  const mark = useRef<HTMLElement>(null);
  // Braces matter: newer browsers return a Promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [start, end]);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= body.length;
  if (!valid) return <div className="body">{body}</div>;
  return (
    <div className="body">
      {body.slice(0, start)}
      <mark ref={mark} data-testid="highlight" tabIndex={-1}>
        {body.slice(start, end)}
      </mark>
      {body.slice(end)}
    </div>
  );
}

export function ArticleView() {
  const [params] = useUrlState();
  const id = params.id ?? "";
  const article = useQuery(ArticleWithBodyDocument, { id }, !id);
  if (!id) return <Empty>No article chosen.</Empty>;
  return (
    <Query
      state={article}
      what="the article"
      ready={(data) =>
        data.article ? (
          <article aria-labelledby="view-heading">
            <h1 id="view-heading">{data.article.title}</h1>
            <p className="meta">
              {data.article.source} · <time dateTime={data.article.publishedAt}>{data.article.publishedAt.slice(0, 10)}</time> ·{" "}
              <a href={data.article.url} rel="noreferrer noopener">
                original
              </a>
            </p>
            <Highlighted body={data.article.body} start={Number(params.start)} end={Number(params.end)} />
          </article>
        ) : (
          <Empty>No such article.</Empty>
        )
      }
    />
  );
}
