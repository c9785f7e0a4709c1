/**
 * A place on a page where one built control runs. It loads the control, mounts it through
 * the ControlHost, passes value and theme changes on as updateView calls, and destroys it
 * when the record, language or direction changes (the platform re-creates controls then).
 */
import * as React from "react";
import { ControlHost, type ControlBinding, type FormRecord, type HostSettings } from "../host/controlHost";
import { loadControl } from "../host/loader";
import type { PreviewEnvironment } from "./environment";
import { registerHost, unregisterHost } from "./previewApi";

export interface ControlSlotProps {
  id: string;
  label: string;
  /** The form cell hides its label (showlabel false): it still names the slot for screen readers. */
  hideLabel?: boolean;
  binding: ControlBinding;
  record: FormRecord;
  settings: HostSettings;
  env: PreviewEnvironment;
  onOutput(column: string, value: FormRecord["values"][string]): void;
  onOpenRecord(table: string, id: string): void;
  /** Minimum height of the control's box while it loads, to keep the layout still. */
  minHeight?: number;
}

type SlotStatus = "loading" | "mounted" | "failed";

export function ControlSlot(props: ControlSlotProps): React.ReactElement {
  const container = React.useRef<HTMLDivElement>(null);
  const host = React.useRef<ControlHost>();
  const [status, setStatus] = React.useState<SlotStatus>("loading");
  const [error, setError] = React.useState<string>();
  const latest = React.useRef(props);
  latest.current = props;

  // Mount once per slot instance; the page gives each record/language/direction its own instance.
  React.useEffect(() => {
    let cancelled = false;
    const element = container.current;
    if (!element) return undefined;
    void (async () => {
      try {
        const loaded = await loadControl(props.binding.control);
        if (cancelled) return;
        const current = latest.current;
        const mounted = new ControlHost(loaded, element, {
          binding: current.binding,
          record: current.record,
          settings: current.settings,
          webAPI: current.env.webAPI,
          log: current.env.log,
          onOutput: (column, value) => latest.current.onOutput(column, value),
          onOpenRecord: (table, id) => latest.current.onOpenRecord(table, id),
          pageDelay: () => new Promise((resolve) => setTimeout(resolve, Math.min(current.env.latency, 20))),
        });
        host.current = mounted;
        registerHost(props.id, mounted);
        mounted.start();
        setStatus("mounted");
      } catch (failure) {
        if (cancelled) return;
        const message = failure instanceof Error ? failure.message : String(failure);
        console.error(`[preview] ${props.binding.control}: ${message}`);
        props.env.log.add(props.binding.control, "controlError", message);
        setError(message);
        setStatus("failed");
      }
    })();
    return () => {
      cancelled = true;
      unregisterHost(props.id);
      host.current?.destroy();
      host.current = undefined;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one control per mounted slot: the page remounts the slot (key) for another record or control
  }, []);

  React.useEffect(() => {
    host.current?.setRecord(props.record);
  }, [props.record]);

  React.useEffect(() => {
    host.current?.setTheme(props.settings.theme);
  }, [props.settings.theme]);

  const headingId = `${props.id}-label`;
  return (
    <section className="slot" aria-labelledby={headingId}>
      <h3 id={headingId} className={props.hideLabel ? "slot-label visually-hidden" : "slot-label"}>
        {props.label}
      </h3>
      {error !== undefined && (
        <p role="alert" className="slot-error">
          {error}
        </p>
      )}
      <div
        ref={container}
        className="slot-control"
        data-control={props.binding.control}
        data-status={status}
        style={{ minHeight: props.minHeight }}
      />
    </section>
  );
}
