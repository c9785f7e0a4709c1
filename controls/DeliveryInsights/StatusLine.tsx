/** @jsx h */
import { DefaultButton } from "@fluentui/react";
import type * as React from "react";
import { h } from "../shared/jsx";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import type { InsightsState } from "./insightsState";
import type { WebApiFailure } from "../shared/webApiError";

export interface StatusLineProps {
  state: InsightsState;
  strings: DeliveryInsightsStrings;
  count: (value: number) => string;
  onRetry: () => void;
  /** The danger tone, for the alert's border. */
  errorColour: string;
}

const failureText = (failure: WebApiFailure, strings: DeliveryInsightsStrings): string =>
  strings.get(`Failure_${failure}` as DeliveryInsightsStringKey);

/** What the figures rest on and how far the reads are: the path, the progress, the coverage. */
function progressText(
  state: InsightsState,
  strings: DeliveryInsightsStrings,
  count: (value: number) => string,
): string {
  const coverage = state.read.coverage;
  const subject = strings.get(state.path === "fallback" ? "Coverage_All" : "Coverage_Time");
  if (state.read.kind !== "done") {
    return coverage.total === undefined
      ? strings.format("Progress_Reading", count(coverage.rowsRead))
      : strings.format("Progress_ReadingOf", count(coverage.rowsRead), count(coverage.total));
  }
  if (coverage.capped) {
    return coverage.total === undefined
      ? strings.format("Coverage_CappedUnknown", subject, count(coverage.rowsRead))
      : strings.format("Coverage_Capped", subject, count(coverage.rowsRead), count(coverage.total));
  }
  return strings.format("Coverage_Complete", subject, count(coverage.rowsRead));
}

export function StatusLine(props: StatusLineProps): React.ReactElement {
  const { state, strings, count } = props;
  const problems: string[] = [];
  if (state.counts.kind === "failed")
    problems.push(strings.format("Counts_Failed", failureText(state.counts.failure, strings)));
  if (state.read.kind === "failed") {
    problems.push(
      strings.format("Read_Failed", count(state.read.coverage.rowsRead), failureText(state.read.failure, strings)),
    );
  }
  if (state.namesState.kind === "failed") {
    problems.push(strings.format("Names_Failed", failureText(state.namesState.failure, strings)));
  }
  const canRetry =
    problems.length > 0 &&
    !(state.counts.kind === "failed" && state.counts.failure === "forbidden") &&
    !(state.read.kind === "failed" && state.read.failure === "forbidden");
  return (
    <div className="pdx-insights-status">
      <p className="pdx-insights-status-line" role="status" dir="auto">
        <span>{strings.get(state.path === "fallback" ? "Path_Fallback" : "Path_Aggregate")}</span>{" "}
        <span>{progressText(state, strings, count)}</span>{" "}
        <span>{strings.format("Requests", count(state.requests))}</span>
      </p>
      {problems.length > 0 ? (
        // An alert of our own, not Fluent's MessageBar: its text renders after a timer (for
        // screen readers' live region), so a failure would show late or, under a frozen clock, never.
        <div className="pdx-insights-alert" role="alert" style={{ borderColor: props.errorColour }}>
          {problems.map((problem) => (
            <p key={problem} className="pdx-insights-problem" dir="auto">
              {problem}
            </p>
          ))}
          {canRetry ? <DefaultButton text={strings.get("Retry")} onClick={props.onRetry} /> : null}
        </div>
      ) : null}
    </div>
  );
}
