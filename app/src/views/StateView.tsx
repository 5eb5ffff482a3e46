// State: its relations ranked (outgoing or incoming, by count, tone or Goldstein) with a small chart per partner,
// and its most quoted people.
import { StateOverviewDocument, type RelationOrderField, type StateOverviewQuery } from "../gql/graphql";
import { useQuery } from "../api/client";
import { Chart, type ChartOption } from "../components/Chart";
import { StatePicker } from "../components/Pickers";
import { Empty, Query } from "../components/Status";
import { FigureTable } from "../components/FigureTable";
import { AppLink, tone } from "../components/StatementList";
import { hrefFor, useUrlState } from "../url-state";

type RelationRow = NonNullable<StateOverviewQuery["state"]>["relations"]["nodes"][number];

const ORDERS: Record<string, RelationOrderField> = {
  count: "STATEMENT_COUNT",
  tone: "AVERAGE_SENTIMENT",
  goldstein: "AVERAGE_GOLDSTEIN",
};

function sparkline(relation: RelationRow): ChartOption {
  return {
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: "category", show: false, data: relation.timeline.map((bucket) => bucket.start.slice(0, 7)) },
    yAxis: { type: "value", show: false, minInterval: 1 },
    tooltip: { trigger: "axis" },
    series: [{ type: "bar", name: "Statements", data: relation.timeline.map((bucket) => bucket.statementCount) }],
  };
}

export function StateView() {
  const [params, update] = useUrlState();
  const code = params.state ?? "";
  const direction = params.direction === "incoming" ? "INCOMING" : "OUTGOING";
  const orderKey = params.order && params.order in ORDERS ? params.order : "count";
  const overview = useQuery(
    StateOverviewDocument,
    { code, direction, order: { field: ORDERS[orderKey]!, direction: "DESC" } },
    !code,
  );
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">State</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <StatePicker label="State" name="state" value={code} onChange={(value) => update({ state: value })} />
        <label className="picker">
          <span>Direction</span>
          <select
            name="direction"
            value={direction.toLowerCase()}
            onChange={(event) => update({ direction: event.target.value })}
          >
            <option value="outgoing">What it says about others</option>
            <option value="incoming">What others say about it</option>
          </select>
        </label>
        <label className="picker">
          <span>Rank by</span>
          <select name="order" value={orderKey} onChange={(event) => update({ order: event.target.value })}>
            <option value="count">Statement count</option>
            <option value="tone">Average tone</option>
            <option value="goldstein">Average Goldstein</option>
          </select>
        </label>
      </form>
      {!code ? (
        <Empty>Choose a state.</Empty>
      ) : (
        <Query
          state={overview}
          what="the state"
          ready={(data) => {
            const state = data.state;
            if (!state) return <Empty>No state with the code {code}.</Empty>;
            const relations = state.relations.nodes;
            return (
              <div className="columns wide-left">
                {relations.length ? (
                  <FigureTable
                    className="ranking"
                    testId="relations-table"
                    caption={`${state.name}: ${direction === "OUTGOING" ? "statements about others" : "statements by others"}`}
                    columns={["Partner", "Statements", "Tone", "Goldstein", "Over time"]}
                    rows={relations}
                    rowKey={(relation) => (direction === "OUTGOING" ? relation.target : relation.source).code}
                    cells={(relation) => {
                      const partner = direction === "OUTGOING" ? relation.target : relation.source;
                      return [
                        <AppLink href={hrefFor({ view: "relation", source: relation.source.code, target: relation.target.code })}>
                          {partner.name}
                        </AppLink>,
                        relation.statementCount,
                        tone(relation.averageSentiment),
                        relation.averageGoldstein?.toFixed(1) ?? "–",
                        {
                          className: "spark",
                          content: (
                            <Chart option={sparkline(relation)} height={36} label={`Statements per month, ${partner.name}`} />
                          ),
                        },
                      ];
                    }}
                  />
                ) : (
                  <Empty>
                    No statements {direction === "OUTGOING" ? "by" : "about"} {state.name} yet.
                  </Empty>
                )}
                <section aria-labelledby="people-heading">
                  <h2 id="people-heading">Most quoted people</h2>
                  {state.people.nodes.length ? (
                    <ol className="people" data-testid="people">
                      {state.people.nodes.map((person) => (
                        <li key={person.id}>
                          <strong>{person.name}</strong>
                          {person.role ? `, ${person.role}` : ""} · {person.summary.statementCount} statements · tone{" "}
                          {tone(person.summary.averageSentiment)}
                        </li>
                      ))}
                    </ol>
                  ) : (
                    <Empty>No people quoted.</Empty>
                  )}
                </section>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
