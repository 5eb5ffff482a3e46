// Searchable pickers: a text field with the list of states (or topics) as suggestions. Typing filters the list;
// the value is accepted when it matches a code, a name or "Name (CODE)", so the keyboard is enough.
import { useEffect, useId, useState } from "react";
import { StatesForPickerDocument, TopicsForPickerDocument } from "../gql/graphql";
import { useQuery } from "../api/client";

interface Option {
  value: string;
  label: string;
}

function SearchablePicker(props: {
  label: string;
  value: string;
  options: Option[];
  onChange(value: string): void;
  name: string;
}) {
  const listId = useId();
  const inputId = useId();
  const current = props.options.find((option) => option.value === props.value);
  const [text, setText] = useState(current ? `${current.label} (${current.value})` : props.value);
  useEffect(() => {
    if (current) setText(`${current.label} (${current.value})`);
  }, [current?.value, current?.label]);
  const accept = (typed: string) => {
    const needle = typed.trim().toLowerCase();
    const match = props.options.find(
      (option) =>
        option.value.toLowerCase() === needle ||
        option.label.toLowerCase() === needle ||
        `${option.label} (${option.value})`.toLowerCase() === needle,
    );
    if (match && match.value !== props.value) props.onChange(match.value);
  };
  return (
    <label className="picker" htmlFor={inputId}>
      <span>{props.label}</span>
      <input
        id={inputId}
        name={props.name}
        list={listId}
        value={text}
        placeholder="Type to search"
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          accept(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") accept(text);
        }}
      />
      <datalist id={listId}>
        {props.options.map((option) => (
          <option key={option.value} value={`${option.label} (${option.value})`} />
        ))}
      </datalist>
    </label>
  );
}

export function StatePicker(props: { label: string; value: string; onChange(code: string): void; name: string }) {
  const states = useQuery(StatesForPickerDocument, {});
  const options =
    states.status === "ready" ? states.data.states.nodes.map((state) => ({ value: state.code, label: state.name })) : [];
  return <SearchablePicker {...props} options={options} />;
}

export function TopicPicker(props: { label: string; value: string; onChange(slug: string): void; name: string }) {
  const topics = useQuery(TopicsForPickerDocument, {});
  const options = topics.status === "ready" ? topics.data.topics.map((topic) => ({ value: topic.slug, label: topic.name })) : [];
  return <SearchablePicker {...props} options={options} />;
}

export const GRANULARITIES = ["DAY", "WEEK", "MONTH"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export function GranularityPicker({ value, onChange }: { value: Granularity; onChange(value: Granularity): void }) {
  return (
    <fieldset className="granularity">
      <legend>Granularity</legend>
      {GRANULARITIES.map((granularity) => (
        <label key={granularity}>
          <input
            type="radio"
            name="granularity"
            value={granularity}
            checked={value === granularity}
            onChange={() => onChange(granularity)}
          />
          {granularity.toLowerCase()}
        </label>
      ))}
    </fieldset>
  );
}
