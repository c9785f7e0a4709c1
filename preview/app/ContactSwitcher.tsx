/**
 * Picks the contact the contact form shows: the four featured contacts (0, 1, 40 and 200
 * deliveries) first, then every other sample contact with its delivery count. Option values are
 * the contacts' ids, so the address holds an id a test can open directly.
 */
import * as React from "react";
import type { ContactChoice } from "./contactCatalogue";

export function ContactSwitcher(props: {
  choices: readonly ContactChoice[];
  /** The open contact's id, or the address's text when it names no contact. */
  value: string;
  onChange(contactId: string): void;
}): React.ReactElement {
  const featured = props.choices.filter((choice) => choice.featured);
  const others = props.choices.filter((choice) => !choice.featured);
  const known = props.choices.some((choice) => choice.id === props.value);
  return (
    <div className="record-switcher contact-switcher">
      <label htmlFor="contact-switcher">Contact</label>
      <select
        id="contact-switcher"
        data-testid="contact-switcher"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {!known && <option value={props.value}>{props.value}</option>}
        <optgroup label="Featured contacts">
          {featured.map((choice) => (
            <option key={choice.id} value={choice.id} data-key={choice.key} data-deliveries={choice.deliveryCount}>
              {choice.title}
            </option>
          ))}
        </optgroup>
        <optgroup label={`More contacts (${others.length})`}>
          {others.map((choice) => (
            <option key={choice.id} value={choice.id} data-deliveries={choice.deliveryCount}>
              {choice.title}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
