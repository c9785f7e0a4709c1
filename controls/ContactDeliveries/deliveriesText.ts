import type { AttentionReason, DeliverySummary } from "../../domain/deliveries/summary";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ReadFailure } from "./deliveriesState";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";

// The sentences the contact's delivery list shows; one place for wording.

/** "40 deliveries · last window 02/12/2026, 09:00 · 3 need attention" as its three parts. */
export function summaryParts(
  summary: DeliverySummary,
  strings: ContactDeliveriesStrings,
  formatDate: StoredDateFormatter,
  formatCount: (count: number) => string,
): string[] {
  const count = formatCount(summary.count);
  const parts = [
    summary.partial
      ? strings.format("Summary_Count_Partial", count)
      : summary.count === 1
        ? strings.get("Summary_Count_One")
        : strings.format("Summary_Count", count),
  ];
  if (summary.lastWindowStart) parts.push(strings.format("Summary_Last", formatDate(summary.lastWindowStart)));
  parts.push(
    summary.needsAttention === 0
      ? strings.get("Summary_Attention_None")
      : summary.needsAttention === 1
        ? strings.get("Summary_Attention_One")
        : strings.format("Summary_Attention", formatCount(summary.needsAttention)),
  );
  return parts;
}

export function attentionText(reasons: readonly AttentionReason[], strings: ContactDeliveriesStrings): string {
  const words = reasons.map((reason) => strings.get(`Attention_${reason}`));
  return strings.format("Attention_Label", words.join(strings.get("List_Separator")));
}

export function failureText(failure: ReadFailure, strings: ContactDeliveriesStrings): string {
  return failure.kind === "other"
    ? strings.format("Failure_other", failure.message).trim()
    : strings.get(`Failure_${failure.kind}`);
}
