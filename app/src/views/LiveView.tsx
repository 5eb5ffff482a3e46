// Live feed: statements appear as articles are ingested (graphql-ws subscription), filtered by states, topics or
// tone; the filter is the API's own StatementFilter, so the server sends only what matches.
import { useEffect, useState } from "react";
import { LiveStatementsDocument, type SentimentLabel, type StatementFilter, type StatementItemFragment } from "../gql/graphql";
import { subscribe } from "../api/client";
import { StatePicker, TopicPicker } from "../components/Pickers";
import { Empty, ErrorBox } from "../components/Status";
import { StatementList } from "../components/StatementList";
import { useUrlState } from "../url-state";

const MAX_SHOWN = 200;
const TONES: SentimentLabel[] = ["NEGATIVE", "NEUTRAL", "POSITIVE"];

export function LiveView() {
  const [params, update] = useUrlState();
  const [statements, setStatements] = useState<StatementItemFragment[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const tone = TONES.find((label) => label === params.tone);
  const filter: StatementFilter = {
    ...(params.speaker ? { speakerStates: [params.speaker] } : {}),
    ...(params.about ? { targetStates: [params.about] } : {}),
    ...(params.topic ? { topics: [params.topic] } : {}),
    ...(tone ? { sentimentLabels: [tone] } : {}),
  };
  const key = JSON.stringify(filter);
  useEffect(() => {
    setError(null);
    return subscribe(
      LiveStatementsDocument,
      { filter: JSON.parse(key) as StatementFilter },
      {
        next: (data) => setStatements((shown) => [data.statementAdded, ...shown].slice(0, MAX_SHOWN)),
        error: setError,
      },
    );
  }, [key]);
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">Live feed</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <StatePicker
          label="Speaker state"
          name="speaker"
          value={params.speaker ?? ""}
          onChange={(code) => update({ speaker: code })}
        />
        <StatePicker label="About state" name="about" value={params.about ?? ""} onChange={(code) => update({ about: code })} />
        <TopicPicker label="Topic" name="topic" value={params.topic ?? ""} onChange={(slug) => update({ topic: slug })} />
        <label className="picker">
          <span>Tone</span>
          <select name="tone" value={tone ?? ""} onChange={(event) => update({ tone: event.target.value || undefined })}>
            <option value="">Any</option>
            {TONES.map((label) => (
              <option key={label} value={label}>
                {label.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => update({ speaker: undefined, about: undefined, topic: undefined, tone: undefined })}>
          Clear filters
        </button>
      </form>
      {error ? <ErrorBox error={error} /> : null}
      <div aria-live="polite" data-testid="live-feed">
        {statements.length ? (
          <StatementList statements={statements} />
        ) : (
          <Empty>Listening… new statements appear here as articles are ingested.</Empty>
        )}
      </div>
    </section>
  );
}
