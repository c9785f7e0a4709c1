import { column, countWhere, select, withSteps } from "./query";
import { deliveriesViewName, qualified, type ViewContext, type ViewDefinition } from "./viewContext";

/**
 * The time figures of item 2 (domain/insights/timeMetrics.ts): wait from window start to call
 * start, call duration (count, min, median, 90th percentile, max, in milliseconds) and calls
 * started outside their window, each with the rows left out for missing or reversed dates.
 *
 * Percentiles are nearest rank as domain/insights/percentile.ts computes them: the value at
 * rank ceil(p / 100 * n) of the n sorted values, the rank worked out in doubles exactly as
 * JavaScript does. ROW_NUMBER picks that row, so the answer is always one of the values.
 * (PERCENTILE_DISC, the smallest value whose cumulative distribution reaches p, gives the same
 * value in exact arithmetic; ROW_NUMBER keeps the rounding identical to the client's.)
 */
const percentiles = [
  [50, "median_ms"],
  [90, "p90_ms"],
] as const;

function distributionView(
  name: string,
  title: string,
  prefix: "wait" | "duration",
  states: readonly (readonly [string, string])[],
  summary: string[],
): ViewDefinition {
  const stateColumn = `${prefix}_state`;
  const valueColumn = `${prefix}_ms`;
  return {
    name,
    title,
    summary,
    columns: ["calls", "min_ms", ...percentiles.map(([, as]) => as), "max_ms", ...states.map(([, as]) => as)],
    body(context: ViewContext) {
      const d = context.dialect;
      const isValue = `${stateColumn} = ${d.text("value")}`;
      const rankOf = (percent: number): string => d.ceiling(`${d.toDouble(String(percent))} / 100 * state_rows`);
      return withSteps(
        [
          [
            "ranked",
            select({
              columns: [
                column(stateColumn),
                column(valueColumn),
                column(`ROW_NUMBER() OVER (PARTITION BY ${stateColumn} ORDER BY ${valueColumn})`, "value_rank"),
                column(`COUNT(*) OVER (PARTITION BY ${stateColumn})`, "state_rows"),
              ],
              from: `${qualified(context, deliveriesViewName)} AS d`,
              where: [`${stateColumn} IS NOT NULL`],
            }),
          ],
        ],
        select({
          columns: [
            column(countWhere(isValue), "calls"),
            column(`MIN(${valueColumn})`, "min_ms"),
            ...percentiles.map(([percent, as]) =>
              column(`MIN(CASE WHEN ${isValue} AND value_rank = ${rankOf(percent)} THEN ${valueColumn} END)`, as),
            ),
            column(`MAX(${valueColumn})`, "max_ms"),
            ...states.map(([state, as]) => column(countWhere(`${stateColumn} = ${d.text(state)}`), as)),
          ],
          from: "ranked",
        }),
      );
    },
  };
}

export const waitToCallView = distributionView(
  "wait_to_call",
  "time from window start to call start: median, 90th percentile (nearest rank), missing, reversed",
  "wait",
  [
    ["missing", "missing"],
    ["reversed", "reversed"],
  ],
  [
    "Time from window start to call start, over deliveries with a call start: calls measured, min,",
    "median and 90th percentile (nearest rank), max, in milliseconds. Left out and counted: missing",
    "(no window start) and reversed (call before the window opened).",
  ],
);

export const callDurationView = distributionView(
  "call_duration",
  "call duration: median, 90th percentile (nearest rank), missing, reversed, in progress",
  "duration",
  [
    ["missing", "missing"],
    ["reversed", "reversed"],
    ["in_progress", "in_progress"],
  ],
  [
    "Call end minus call start, over deliveries with either: calls measured, min, median, 90th",
    "percentile (nearest rank), max, in milliseconds. Left out and counted: missing (one date",
    "absent), reversed (end before start), in_progress (started, no end, status Pending or InProcess).",
  ],
);

export const outsideWindowView: ViewDefinition = {
  name: "outside_window",
  title: "calls started before or after their window",
  summary: [
    "Calls started outside their window, over deliveries with a call start: checked (a whole,",
    "ordered window), before_window, after_window (the window's ends count as inside), missing",
    "(window start or end absent) and reversed (window ends before it starts).",
  ],
  columns: ["checked", "before_window", "after_window", "missing", "reversed"],
  body(context) {
    const d = context.dialect;
    const state = (value: string): string => `outside_state = ${d.text(value)}`;
    return select({
      columns: [
        column(
          countWhere(`outside_state IN (${["inside", "before", "after"].map((v) => d.text(v)).join(", ")})`),
          "checked",
        ),
        column(countWhere(state("before")), "before_window"),
        column(countWhere(state("after")), "after_window"),
        column(countWhere(state("missing")), "missing"),
        column(countWhere(state("reversed")), "reversed"),
      ],
      from: `${qualified(context, deliveriesViewName)} AS d`,
    });
  },
};
