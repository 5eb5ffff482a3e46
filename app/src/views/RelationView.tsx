// Relation: what one state says about another, over time, by type and topic, and the statements themselves.
import { useMemo, useState } from "react";
import {
  RelationOverviewDocument,
  RelationStatementsDocument,
  RelationTypesDocument,
  type RelationOverviewQuery,
  type RelationTypesQuery,
} from "../gql/graphql";
import { useQuery } from "../api/client";
import { Chart, type ChartOption } from "../components/Chart";
import { GranularityPicker, StatePicker, type Granularity } from "../components/Pickers";
import { Empty, Query } from "../components/Status";
import { FigureTable } from "../components/FigureTable";
import { StatementList, label, tone } from "../components/StatementList";
import { useUrlState } from "../url-state";

type Overview = NonNullable<RelationOverviewQuery["relation"]>;

/** `from`/`to` as typed dates (yyyy-mm-dd, `to` inclusive) → the API's half-open DateTime range. */
export function dateRange(from?: string, to?: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from) range.from = `${from}T00:00:00Z`;
  if (to) range.to = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
  return range;
}

function timelineOption(relation: Overview): ChartOption {
  const buckets = relation.timeline;
  return {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0, data: ["Statements", "Average sentiment"] },
    grid: { left: 48, right: 56, top: 40, bottom: 56 },
    xAxis: { type: "category", data: buckets.map((bucket) => bucket.start.slice(0, 10)) },
    yAxis: [
      { type: "value", name: "Statements", minInterval: 1 },
      { type: "value", name: "Sentiment", min: -1, max: 1 },
    ],
    series: [
      { name: "Statements", type: "bar", data: buckets.map((bucket) => bucket.statementCount) },
      {
        name: "Average sentiment",
        type: "line",
        yAxisIndex: 1,
        connectNulls: true,
        data: buckets.map((bucket) => bucket.averageSentiment),
      },
    ],
  };
}

const TYPE_FIELDS: [keyof Omit<NonNullable<RelationTypesQuery["relation"]>, "__typename">, string][] = [
  ["criticises", "CRITICISES"],
  ["expressesConcern", "EXPRESSES_CONCERN"],
  ["warns", "WARNS"],
  ["demands", "DEMANDS"],
  ["denies", "DENIES"],
  ["accuses", "ACCUSES"],
  ["praises", "PRAISES"],
  ["intendsToCooperate", "INTENDS_TO_COOPERATE"],
  ["appeals", "APPEALS"],
  ["comments", "COMMENTS"],
];

function TypeBreakdown({ source, target, range }: { source: string; target: string; range: { from?: string; to?: string } }) {
  const types = useQuery(RelationTypesDocument, { source, target, range });
  return (
    <Query
      state={types}
      what="statement types"
      ready={(data) => {
        const relation = data.relation;
        const rows = relation
          ? TYPE_FIELDS.map(([field, type]) => ({ type, count: relation[field].totalCount })).filter((row) => row.count > 0)
          : [];
        if (!rows.length) return <Empty>No statements in this range.</Empty>;
        return (
          <FigureTable
            className="breakdown"
            testId="type-breakdown"
            caption="By statement type"
            columns={["Type", "Statements"]}
            rows={rows}
            rowKey={(row) => row.type}
            cells={(row) => [label(row.type), row.count]}
          />
        );
      }}
    />
  );
}

function Statements({ source, target, range }: { source: string; target: string; range: { from?: string; to?: string } }) {
  // Cursors of the pages before the current one, so "Previous" goes back exactly.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const filter = range.from || range.to ? { publishedAt: range } : null;
  const page = useQuery(RelationStatementsDocument, { source, target, filter, after });
  return (
    <section aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements</h2>
      <Query
        state={page}
        what="statements"
        ready={(data) => {
          const connection = data.relation?.statements;
          if (!connection || connection.totalCount === 0) return <Empty>No statements between these states in this range.</Empty>;
          return (
            <>
              <p data-testid="statement-total">
                {connection.totalCount} statements, page {cursors.length}
              </p>
              <StatementList statements={connection.nodes} />
              <nav className="pager" aria-label="Statement pages">
                <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                  Previous
                </button>
                <button
                  type="button"
                  disabled={!connection.pageInfo.hasNextPage}
                  onClick={() => setCursors([...cursors, connection.pageInfo.endCursor])}
                >
                  Next
                </button>
              </nav>
            </>
          );
        }}
      />
    </section>
  );
}

export function RelationView() {
  const [params, update] = useUrlState();
  const source = params.source ?? "";
  const target = params.target ?? "";
  const granularity = (params.granularity as Granularity | undefined) ?? "MONTH";
  const range = useMemo(() => dateRange(params.from, params.to), [params.from, params.to]);
  const ready = Boolean(source && target);
  const overview = useQuery(RelationOverviewDocument, { source, target, granularity, ...range }, !ready);
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">Relation</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <StatePicker label="Speaker state" name="source" value={source} onChange={(code) => update({ source: code })} />
        <StatePicker label="About state" name="target" value={target} onChange={(code) => update({ target: code })} />
        <GranularityPicker value={granularity} onChange={(value) => update({ granularity: value })} />
        <label className="picker">
          <span>From</span>
          <input
            type="date"
            name="from"
            value={params.from ?? ""}
            onChange={(event) => update({ from: event.target.value || undefined })}
          />
        </label>
        <label className="picker">
          <span>To</span>
          <input
            type="date"
            name="to"
            value={params.to ?? ""}
            onChange={(event) => update({ to: event.target.value || undefined })}
          />
        </label>
      </form>
      {!ready ? (
        <Empty>Choose two states to see how the first speaks about the second.</Empty>
      ) : (
        <Query
          state={overview}
          what="the relation"
          ready={(data) => {
            const relation = data.relation;
            if (!relation) return <Empty>No such states.</Empty>;
            return (
              <>
                <dl className="summary" data-testid="relation-summary">
                  <div>
                    <dt>Statements</dt>
                    <dd data-testid="relation-count">{relation.statementCount}</dd>
                  </div>
                  <div>
                    <dt>Average sentiment</dt>
                    <dd>{tone(relation.averageSentiment)}</dd>
                  </div>
                  <div>
                    <dt>Average Goldstein</dt>
                    <dd>{relation.averageGoldstein?.toFixed(1) ?? "–"}</dd>
                  </div>
                  <div>
                    <dt>Negative / neutral / positive</dt>
                    <dd>
                      {relation.sentimentCounts.negative} / {relation.sentimentCounts.neutral} /{" "}
                      {relation.sentimentCounts.positive}
                    </dd>
                  </div>
                </dl>
                {relation.timeline.length ? (
                  <div data-testid="relation-chart" data-buckets={relation.timeline.length} data-granularity={granularity}>
                    <Chart
                      option={timelineOption(relation)}
                      label={`${relation.source.name} about ${relation.target.name}: statements and average sentiment by ${granularity.toLowerCase()}`}
                    />
                  </div>
                ) : (
                  <Empty>No statements in this range.</Empty>
                )}
                <div className="columns">
                  <TypeBreakdown source={source} target={target} range={range} />
                  {relation.topics.length ? (
                    <FigureTable
                      className="breakdown"
                      testId="topic-breakdown"
                      caption="By topic"
                      columns={["Topic", "Statements", "Tone"]}
                      rows={relation.topics}
                      rowKey={(row) => row.topic.slug}
                      cells={(row) => [row.topic.name, row.statementCount, tone(row.averageSentiment)]}
                    />
                  ) : (
                    <Empty>No topics tagged.</Empty>
                  )}
                </div>
              </>
            );
          }}
        />
      )}
      {ready ? (
        <Statements key={`${source}-${target}-${params.from}-${params.to}`} source={source} target={target} range={range} />
      ) : null}
    </section>
  );
}
