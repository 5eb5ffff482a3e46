// Topic: which states speak about it, how much and in what tone, and the topic's tone over time.
import { TopicOverviewDocument, type TopicOverviewQuery } from "../gql/graphql";
import { useQuery } from "../api/client";
import { Chart, type ChartOption } from "../components/Chart";
import { GranularityPicker, TopicPicker, type Granularity } from "../components/Pickers";
import { Empty, Query } from "../components/Status";
import { FigureTable } from "../components/FigureTable";
import { AppLink, tone } from "../components/StatementList";
import { hrefFor, useUrlState } from "../url-state";

type Topic = NonNullable<TopicOverviewQuery["topic"]>;

function statesOption(topic: Topic): ChartOption {
  const rows = [...topic.states].reverse();
  return {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0, data: ["Statements", "Average tone"] },
    grid: { left: 120, right: 40, top: 32, bottom: 56 },
    yAxis: { type: "category", data: rows.map((row) => row.state.name) },
    xAxis: [
      { type: "value", name: "Statements", minInterval: 1 },
      { type: "value", name: "Tone", min: -1, max: 1 },
    ],
    series: [
      { name: "Statements", type: "bar", data: rows.map((row) => row.statementCount) },
      { name: "Average tone", type: "scatter", xAxisIndex: 1, symbolSize: 10, data: rows.map((row) => row.averageSentiment) },
    ],
  };
}

function timelineOption(topic: Topic): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0, data: ["Statements", "Average tone"] },
    grid: { left: 48, right: 56, top: 40, bottom: 56 },
    xAxis: { type: "category", data: topic.timeline.map((bucket) => bucket.start.slice(0, 10)) },
    yAxis: [
      { type: "value", name: "Statements", minInterval: 1 },
      { type: "value", name: "Tone", min: -1, max: 1 },
    ],
    series: [
      { name: "Statements", type: "bar", data: topic.timeline.map((bucket) => bucket.statementCount) },
      {
        name: "Average tone",
        type: "line",
        yAxisIndex: 1,
        connectNulls: true,
        data: topic.timeline.map((b) => b.averageSentiment),
      },
    ],
  };
}

export function TopicView() {
  const [params, update] = useUrlState();
  const slug = params.topic ?? "";
  const granularity = (params.granularity as Granularity | undefined) ?? "MONTH";
  const overview = useQuery(TopicOverviewDocument, { slug, granularity }, !slug);
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">Topic</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <TopicPicker label="Topic" name="topic" value={slug} onChange={(value) => update({ topic: value })} />
        <GranularityPicker value={granularity} onChange={(value) => update({ granularity: value })} />
      </form>
      {!slug ? (
        <Empty>Choose a topic.</Empty>
      ) : (
        <Query
          state={overview}
          what="the topic"
          ready={(data) => {
            const topic = data.topic;
            if (!topic) return <Empty>No topic {slug}.</Empty>;
            if (!topic.states.length) return <Empty>No state has spoken about {topic.name} yet.</Empty>;
            return (
              <>
                <p className="description">{topic.description}</p>
                <Chart
                  option={timelineOption(topic)}
                  label={`${topic.name}: statements and tone over time`}
                  testId="topic-timeline"
                />
                <div className="columns">
                  <Chart
                    option={statesOption(topic)}
                    height={Math.max(200, topic.states.length * 28)}
                    label={`States speaking about ${topic.name}`}
                    testId="topic-states-chart"
                  />
                  <FigureTable
                    className="ranking"
                    testId="topic-states"
                    caption={`States speaking about ${topic.name}`}
                    columns={["State", "Statements", "Tone"]}
                    rows={topic.states}
                    rowKey={(row) => row.state.code}
                    cells={(row) => [
                      <AppLink href={hrefFor({ view: "state", state: row.state.code })}>{row.state.name}</AppLink>,
                      row.statementCount,
                      tone(row.averageSentiment),
                    ]}
                  />
                </div>
              </>
            );
          }}
        />
      )}
    </section>
  );
}
