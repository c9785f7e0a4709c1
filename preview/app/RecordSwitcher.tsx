/** Picks the record a page shows: representative records, the broken ones, or any delivery. */
import * as React from "react";
import { DeliveryNames as D } from "../../domain/tables";
import type { PreviewEnvironment } from "./environment";

const otherCount = 40;

export function RecordSwitcher(props: {
  env: PreviewEnvironment;
  value: string;
  onChange(record: string): void;
}): React.ReactElement {
  const { env } = props;
  const listed = new Set(env.catalogue.map((entry) => entry.id));
  const others = env.data.deliveries.filter((row) => !listed.has(String(row[D.id]))).slice(0, otherCount);
  const known =
    env.catalogue.some((entry) => entry.key === props.value) || others.some((row) => row[D.id] === props.value);
  return (
    <div className="record-switcher">
      <label htmlFor="record-switcher">Record</label>
      <select id="record-switcher" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {!known && <option value={props.value}>{props.value}</option>}
        <optgroup label="Representative records">
          {env.data.featured.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.title}
            </option>
          ))}
        </optgroup>
        <optgroup label="Broken records">
          {env.data.broken.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.title}
            </option>
          ))}
        </optgroup>
        <optgroup label={`More deliveries (first ${otherCount})`}>
          {others.map((row) => (
            <option key={String(row[D.id])} value={String(row[D.id])}>
              {`${String(row[D.status] ?? "?")} · ${String(row[D.result] ?? "no result")} · ${String(row[D.windowStartDate] ?? "no window").slice(0, 10)}`}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
