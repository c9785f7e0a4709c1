import { caseWhen, column, countWhere, select, withSteps, type Column } from "./query";
import { deliveriesViewName, qualified, type ViewContext, type ViewDefinition } from "./viewContext";

/**
 * The count figures of item 2 (domain/insights/countFigures.ts, groups.ts and the per-day and
 * per-hour rows of timeMetrics.ts), each an aggregate of the deliveries view. Success rate is
 * successful / processed as a double, NULL when nothing was processed (rules.ts successRate).
 */
const rate = (context: ViewContext): Column =>
  column(caseWhen([["processed > 0", `${context.dialect.toDouble("successful")} / processed`]]), "success_rate");

const tallies: Column[] = [
  column("COUNT(*)", "total"),
  column(countWhere("is_processed = 1"), "processed"),
  column(countWhere("is_successful = 1"), "successful"),
];

const deliveriesOf = (context: ViewContext): string => `${qualified(context, deliveriesViewName)} AS d`;

/** Total, processed and successful per key (each a column of the deliveries view, renamed), then the success rate. */
function talliedBy(context: ViewContext, keys: readonly Column[], where?: string): string {
  return withSteps(
    [
      [
        "counts",
        select({
          columns: [...keys, ...tallies],
          from: deliveriesOf(context),
          where: where ? [where] : [],
          groupBy: keys.map((key) => key.expr),
        }),
      ],
    ],
    select({
      columns: [...keys.map((key) => key.as), "total", "processed", "successful"]
        .map((name) => column(name))
        .concat(rate(context)),
      from: "counts",
    }),
  );
}

export const summaryView: ViewDefinition = {
  name: "summary",
  title:
    "deliveries, processed, successful, success rate, expired without a call attempt, without window start, message deliveries",
  summary: [
    "One row: deliveries (every row of the scope), processed (status Complete, Expired, Cancelled",
    "or Error in any spelling the classifier accepts), successful (processed with result CallEnded,",
    "LiveAnswer or Delivered), success_rate, expired_without_call (status Expired, no call start,",
    "no message sent), without_window_start (counted, on no day) and message_deliveries (sent as a",
    "message with no call: not in the call timing). Zeros, not an empty result, when there are none.",
  ],
  columns: [
    "deliveries",
    "processed",
    "successful",
    "success_rate",
    "expired_without_call",
    "without_window_start",
    "message_deliveries",
  ],
  body(context) {
    return withSteps(
      [
        [
          "counts",
          select({
            columns: [
              column("COUNT(*)", "deliveries"),
              column(countWhere("is_processed = 1"), "processed"),
              column(countWhere("is_successful = 1"), "successful"),
              column(countWhere("expired_without_call = 1"), "expired_without_call"),
              column(countWhere("window_start IS NULL"), "without_window_start"),
              column(countWhere("is_message = 1"), "message_deliveries"),
            ],
            from: deliveriesOf(context),
          }),
        ],
      ],
      select({
        columns: [
          column("deliveries"),
          column("processed"),
          column("successful"),
          rate(context),
          column("expired_without_call"),
          column("without_window_start"),
          column("message_deliveries"),
        ],
        from: "counts",
      }),
    );
  },
};

/** A chart's buckets: one row per bucket key (documented value, "text:<text>", or "empty"). */
function bucketView(
  name: string,
  title: string,
  prefix: string,
  processedOnly: boolean,
  summary: string[],
): ViewDefinition {
  return {
    name,
    title,
    summary,
    columns: ["bucket_key", "kind", "bucket_text", "deliveries"],
    body(context) {
      return select({
        columns: [
          column(`${prefix}_key`, "bucket_key"),
          column(`${prefix}_kind`, "kind"),
          column(`${prefix}_text`, "bucket_text"),
          column("COUNT(*)", "deliveries"),
        ],
        from: deliveriesOf(context),
        where: processedOnly ? ["is_processed = 1"] : [],
        groupBy: [`${prefix}_key`, `${prefix}_kind`, `${prefix}_text`],
      });
    },
  };
}

export const byStatusView = bucketView("deliveries_by_status", "deliveries by status", "status", false, [
  "Deliveries by status: one row per documented status (any spelling), per other text (trimmed,",
  "its own bucket, key 'text:<text>') and 'empty' for none.",
]);

export const processedByResultView = bucketView(
  "processed_by_result",
  "processed deliveries by result",
  "result",
  true,
  ["Processed deliveries by result, bucketed like the statuses."],
);

export const processedByDialModeView = bucketView(
  "processed_by_dial_mode",
  "processed deliveries by dial mode",
  "dial_mode",
  true,
  ["Processed deliveries by dial mode, bucketed like the statuses."],
);

function groupView(name: string, title: string, prefix: string, summary: string[]): ViewDefinition {
  return {
    name,
    title,
    summary,
    columns: ["group_key", "kind", "id", "group_text", "total", "processed", "successful", "success_rate"],
    body: (context) =>
      talliedBy(context, [
        column(`${prefix}_key`, "group_key"),
        column(`${prefix}_kind`, "kind"),
        column(`${prefix}_id`, "id"),
        column(`${prefix}_text`, "group_text"),
      ]),
  };
}

export const perConfigurationView = groupView(
  "per_configuration",
  "per configuration: total, processed, successful, success rate",
  "configuration",
  [
    "Per proactive engagement configuration: total, processed, successful, success_rate. One row per",
    "id however spelled ({ABC...} and abc... are one, key and id in lower case without braces), a",
    "row per text that is no GUID (kind 'malformed'), and 'empty' for none. Names are not resolved.",
  ],
);

export const perQueueView = groupView("per_queue", "per queue: total, processed, successful, success rate", "queue", [
  "Per queue: total, processed, successful, success_rate, grouped like per_configuration.",
]);

export const perDayView: ViewDefinition = {
  name: "per_day",
  title: "per UTC day of window start: total, processed, successful, success rate",
  summary: [
    "Per UTC day of window start, days with deliveries only: total, processed, successful,",
    "success_rate. Deliveries without a window start are on no day (summary.without_window_start).",
  ],
  columns: ["window_day", "total", "processed", "successful", "success_rate"],
  body: (context) => talliedBy(context, [column("window_day")], "window_day IS NOT NULL"),
};

export const successByHourView: ViewDefinition = {
  name: "success_by_hour",
  title: "success rate by UTC hour of call start, 24 rows",
  summary: [
    "Always 24 rows, hour 0 first: processed deliveries whose call started in that UTC hour, how",
    "many were successful, and success_rate (NULL for an hour with none).",
  ],
  columns: ["call_hour", "processed", "successful", "success_rate"],
  body(context) {
    const hours = Array.from({ length: 24 }, (_, hour) => `SELECT ${hour} AS call_hour`).join("\nUNION ALL\n");
    return withSteps(
      [
        ["hours", hours],
        [
          "counts",
          select({
            columns: [
              column("call_hour"),
              column("COUNT(*)", "processed"),
              column(countWhere("is_successful = 1"), "successful"),
            ],
            from: deliveriesOf(context),
            where: ["is_processed = 1", "call_start IS NOT NULL"],
            groupBy: ["call_hour"],
          }),
        ],
        [
          "hourly",
          select({
            columns: [
              column("h.call_hour", "call_hour"),
              column("COALESCE(c.processed, 0)", "processed"),
              column("COALESCE(c.successful, 0)", "successful"),
            ],
            from: "hours AS h LEFT JOIN counts AS c ON c.call_hour = h.call_hour",
          }),
        ],
      ],
      select({
        columns: [column("call_hour"), column("processed"), column("successful"), rate(context)],
        from: "hourly",
      }),
    );
  },
};
