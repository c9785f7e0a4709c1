import type { DeliveryStatus } from "./status";
import type { TimelineAnomaly, TimelineModel } from "./timeline";

/**
 * The time line's anomalies sorted for a supervisor: what looks wrong with the data or the
 * service (a warning), and what is only how the delivery ended. An Expired delivery that was
 * never called is the normal end of a window nobody answered in, so it is an outcome, not a
 * warning (so is a message that expired unsent); a Complete delivery with no date at all is flagged as such, not as "no dates yet".
 */
export type TimelineOutcome = "expiredWithoutCall" | "expiredWithoutMessage";
export type TimelineWarning = Exclude<TimelineAnomaly, TimelineOutcome> | "completeWithoutDates";

export interface TimelineFindings {
  warnings: TimelineWarning[];
  /** How the delivery ended, in words beside the picture. */
  outcome?: TimelineOutcome;
}

export function timelineFindings(model: TimelineModel, status: DeliveryStatus | undefined): TimelineFindings {
  const warnings: TimelineWarning[] = [];
  let outcome: TimelineFindings["outcome"];
  for (const anomaly of model.anomalies) {
    if (anomaly === "expiredWithoutCall" || anomaly === "expiredWithoutMessage") outcome = anomaly;
    else
      warnings.push(anomaly === "noDates" && status && status.kind === "Complete" ? "completeWithoutDates" : anomaly);
  }
  return outcome ? { warnings, outcome } : { warnings };
}
