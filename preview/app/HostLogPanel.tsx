/** What controls asked the host to do (navigation, outputs) and the failures it saw. */
import * as React from "react";
import type { HostEvent, HostLog } from "../host/hostLog";

export function HostLogPanel(props: { log: HostLog }): React.ReactElement {
  const [events, setEvents] = React.useState<readonly HostEvent[]>(() => [...props.log.all()]);
  React.useEffect(() => props.log.subscribe((all) => setEvents([...all])), [props.log]);
  return (
    <details className="host-log">
      <summary>Host log ({events.length})</summary>
      <ol>
        {events.map((event, index) => (
          <li key={index} data-kind={event.kind}>
            <strong>{event.source}</strong> {event.kind}: {event.message}
          </li>
        ))}
      </ol>
    </details>
  );
}
