/** @jsx h */
/** @jsxFrag Fragment */
import * as React from "react";
import { codeColour } from "../../domain/delivery/codeColour";
import type { DeliveryItem } from "../../domain/deliveries/deliveryItem";
import { Chip } from "../shared/Chip";
import { anomalyText, durationText, valueText } from "../shared/deliveryText/deliveryText";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import { attentionText } from "./deliveriesText";
import { Fragment, h } from "../shared/jsx";

export interface DeliveryCardProps {
  item: DeliveryItem;
  /** The delivery whose attributes are shown. */
  selected: boolean;
  /** The list's one Tab stop. */
  tabbable: boolean;
  strings: ContactDeliveriesStrings;
  theme: ControlTheme;
  formatDate: StoredDateFormatter;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

function dateOrNotSet(date: Date | undefined, props: DeliveryCardProps): string {
  return date ? props.formatDate(date) : props.strings.get("Date_NotSet");
}

function callText(item: DeliveryItem, props: DeliveryCardProps): string {
  const { strings } = props;
  if (!item.callStart) return strings.get("Call_NotMade");
  const start = props.formatDate(item.callStart);
  return item.callDurationMs === undefined
    ? strings.format("Call_NoEnd", start)
    : strings.format("Call_Started", start, durationText(item.callDurationMs, strings));
}

/** A message's line: "Sent 3/10/2026, 10:04 AM · Delivered", or how far it got without a sent date. */
function messageText(item: DeliveryItem, props: DeliveryCardProps): string {
  const { strings } = props;
  const outcome = strings.get(`Message_${item.message ?? "pending"}`);
  return item.sentDate ? strings.format("Message_Line", props.formatDate(item.sentDate), outcome) : outcome;
}

/**
 * One delivery: when, status and result in words, window, call, dial mode and disposition
 * codes. The card's main button chooses it (its attributes show beside the list); Open opens
 * its form. Everything stored is rendered as text.
 */
function DeliveryCardView(props: DeliveryCardProps): React.ReactElement {
  const { item, strings, theme } = props;
  const when = dateOrNotSet(item.windowStart, props);
  const status = valueText("Status", item.status, strings);
  const dark = theme.mode === "dark";
  const highContrast = theme.mode === "highContrast";
  const notes: { text: string; tone: "danger" | "warning" }[] = [];
  if (item.attention.length > 0) notes.push({ text: attentionText(item.attention, strings), tone: "danger" });
  for (const anomaly of item.anomalies) notes.push({ text: anomalyText(anomaly, strings), tone: "warning" });
  const unreadable = item.dispositions.problems.length > 0;
  return (
    <li className={props.selected ? "pdx-cd-item pdx-cd-selected" : "pdx-cd-item"} data-delivery-id={item.id}>
      <button
        type="button"
        className="pdx-cd-choose"
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={props.selected ? "true" : undefined}
        onClick={() => props.onSelect(item.id)}
      >
        <span className="pdx-cd-head">
          <bdi className="pdx-cd-when">{when}</bdi>
          <span className="pdx-cd-status" style={{ color: theme.tones[item.status.tone] }}>
            {status}
          </span>
        </span>
        <span className="pdx-cd-facts" dir="auto">
          <span>
            <span className="pdx-cd-label">{strings.get("Label_Result")}</span>{" "}
            <span dir="auto" style={{ color: theme.tones[item.result.tone] }}>
              {valueText("Result", item.result, strings)}
            </span>
          </span>
          <span>
            <span className="pdx-cd-label">{strings.get("Label_Window")}</span>{" "}
            <bdi>{strings.format("Window_Range", when, dateOrNotSet(item.windowEnd, props))}</bdi>
          </span>
          {item.message ? (
            // A message has no call and no dial mode: its channel and how far it got instead.
            <>
              <span>
                <span className="pdx-cd-label">{strings.get("Label_Message")}</span>{" "}
                <bdi>{messageText(item, props)}</bdi>
              </span>
              <span>
                <span className="pdx-cd-label">{strings.get("Label_Channel")}</span> <bdi>{item.channel}</bdi>
              </span>
            </>
          ) : (
            <>
              <span>
                <span className="pdx-cd-label">{strings.get("Label_Call")}</span> <bdi>{callText(item, props)}</bdi>
              </span>
              <span>
                <span className="pdx-cd-label">{strings.get("Label_DialMode")}</span>{" "}
                <span dir="auto">{valueText("DialMode", item.dialMode, strings)}</span>
              </span>
            </>
          )}
        </span>
      </button>
      <button
        type="button"
        className="pdx-cd-open"
        tabIndex={props.tabbable ? 0 : -1}
        aria-label={strings.format("Open_Label", when)}
        onClick={() => props.onOpen(item.id)}
      >
        {strings.get("Open")}
      </button>
      <div className="pdx-cd-codes" dir="auto">
        <span className="pdx-cd-label">{strings.get("Label_Codes")}</span>{" "}
        {item.dispositions.codes.length === 0 ? (
          <span>{strings.get("Codes_None")}</span>
        ) : (
          <ul className="pdx-cd-chips" aria-label={strings.get("Label_Codes")}>
            {item.dispositions.codes.map((code) => (
              <Chip key={code} code={code} colour={highContrast ? undefined : codeColour(code, dark)} />
            ))}
          </ul>
        )}
      </div>
      {unreadable && (
        <p className="pdx-cd-note" dir="auto" style={{ color: theme.tones.warning }}>
          {strings.format("Codes_Unreadable", item.dispositionText)}
        </p>
      )}
      {notes.map((note) => (
        <p key={note.text} className="pdx-cd-note" dir="auto" style={{ color: theme.tones[note.tone] }}>
          {note.text}
        </p>
      ))}
    </li>
  );
}

/** Cards re-render only when their own delivery, selection or Tab stop changes. */
export const DeliveryCard = React.memo(DeliveryCardView);
