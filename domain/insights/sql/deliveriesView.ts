import { DeliveryNames as D } from "../../tables/names";
import { statusSets, type ClassifiedColumn } from "./kinds";
import { caseWhen, column, inList, oneIf, select, withSteps, type Column } from "./query";
import { scopeConditions } from "./scope";
import { classifiedSteps, groupSteps, storedOf } from "./classSteps";
import { deliveriesViewName, type ViewContext, type ViewDefinition } from "./viewContext";

/**
 * One row per delivery with everything the figures need, worked out once: the classified
 * status, result and dial mode (kind, bucket key, bucket text), processed / successful /
 * active (rules.ts), configuration and queue as group identities, the UTC day of window start
 * and hour of call start, and for each time metric the row's state and value. The rules are
 * those of domain/insights/timeMetrics.ts: a date column either holds an instant or is NULL
 * (datetime2 has no invalid value, so the client's "invalid date" cannot occur here).
 */
const classified: readonly { column: ClassifiedColumn; stored: string; prefix: string }[] = [
  { column: "status", stored: D.status, prefix: "status" },
  { column: "result", stored: D.result, prefix: "result" },
  { column: "dialMode", stored: D.dialModeType, prefix: "dial_mode" },
];

const groups: readonly { stored: string; prefix: string }[] = [
  { stored: D.configId, prefix: "configuration" },
  { stored: D.queueId, prefix: "queue" },
];

const dates = [
  [D.windowStartDate, "window_start"],
  [D.windowEndDate, "window_end"],
  [D.startDate, "call_start"],
  [D.endDate, "call_end"],
  [D.channelSentDate, "sent_date"],
] as const;

const storedTexts = [D.status, D.result, D.dialModeType, D.channel, D.configId, D.queueId, D.dispositionCodes];

function sourceStep(context: ViewContext): string {
  const d = context.dialect;
  return select({
    columns: [
      column(`t.${D.id}`, D.id),
      ...storedTexts.map((name) => column(`t.${name}`, name)),
      ...dates.map(([name, as]) => column(`t.${name}`, as)),
    ],
    from: `${context.source} AS t`,
    where: scopeConditions(d, "t", context.scope),
  });
}

const passThrough = [D.id, ...storedTexts, ...dates.map(([, as]) => as)];

function joinedStep(context: ViewContext): string {
  const d = context.dialect;
  const ms = d.millisecondsBetween;
  const joins = [...classified, ...groups]
    .map(
      ({ stored, prefix }) =>
        `INNER JOIN ${prefix}_classes AS ${prefix}_class ON ${prefix}_class.stored = ${storedOf(d, `s.${stored}`)}`,
    )
    .join("\n  ");
  return select({
    columns: [
      ...passThrough.filter((name) => name !== D.dispositionCodes).map((name) => column(`s.${name}`, name)),
      ...classified.flatMap(({ prefix }) => [
        column(`${prefix}_class.kind`, `${prefix}_kind`),
        column(`${prefix}_class.bucket_key`, `${prefix}_key`),
        column(`${prefix}_class.bucket_text`, `${prefix}_text`),
      ]),
      ...groups.flatMap(({ prefix }) => [
        column(`${prefix}_class.kind`, `${prefix}_kind`),
        column(`${prefix}_class.group_key`, `${prefix}_key`),
        column(`${prefix}_class.id`, `${prefix}_id`),
        column(`${prefix}_class.group_text`, `${prefix}_text`),
      ]),
      column(storedOf(d, `s.${D.dispositionCodes}`), "disposition_text"),
      // Milliseconds between the dates each metric compares (NULL when either is missing).
      column(ms("s.window_start", "s.call_start"), "window_start_to_call"),
      column(ms("s.window_start", "s.window_end"), "window_length"),
      column(ms("s.window_end", "s.call_start"), "window_end_to_call"),
      column(ms("s.call_start", "s.call_end"), "call_length"),
    ],
    from: `source AS s\n  ${joins}`,
  });
}

function finalColumns(context: ViewContext): Column[] {
  const d = context.dialect;
  const texts = (values: readonly string[]): string[] => values.map((value) => d.text(value));
  const processed = inList("status_kind", texts(statusSets.processed));
  const active = inList("status_kind", texts(statusSets.active));
  const success = inList("result_kind", texts(statusSets.success));
  const state = (value: string): string => d.text(value);
  return [
    ...[D.id, ...storedTexts.filter((name) => name !== D.dispositionCodes)].map((name) => column(name)),
    ...classified.flatMap(({ prefix }) => [
      column(`${prefix}_kind`),
      column(`${prefix}_key`),
      column(`${prefix}_text`),
    ]),
    column(oneIf(processed), "is_processed"),
    column(oneIf(`${processed} AND ${success}`), "is_successful"),
    column(oneIf(active), "is_active"),
    ...groups.flatMap(({ prefix }) => [
      column(`${prefix}_kind`),
      column(`${prefix}_key`),
      column(`${prefix}_id`),
      column(`${prefix}_text`),
    ]),
    column("disposition_text"),
    ...dates.map(([, as]) => column(as)),
    column(d.dayOf("window_start"), "window_day"),
    column(d.hourOf("call_start"), "call_hour"),
    // timeMetrics.ts: a call start measured from window start; a call before its window opened is reversed.
    column(
      caseWhen(
        [
          ["call_start IS NULL", "NULL"],
          ["window_start IS NULL", state("missing")],
          ["window_start_to_call < 0", state("reversed")],
        ],
        state("value"),
      ),
      "wait_state",
    ),
    column(caseWhen([["window_start_to_call >= 0", "window_start_to_call"]]), "wait_ms"),
    // A start and an end: reversed or a duration; a start alone on an active delivery: in progress; else missing.
    column(
      caseWhen(
        [
          ["call_start IS NULL AND call_end IS NULL", "NULL"],
          ["call_length < 0", state("reversed")],
          ["call_length >= 0", state("value")],
          [`call_start IS NOT NULL AND ${active}`, state("in_progress")],
        ],
        state("missing"),
      ),
      "duration_state",
    ),
    column(caseWhen([["call_length >= 0", "call_length"]]), "duration_ms"),
    // A call start against a whole, ordered window: before, inside (ends included) or after.
    column(
      caseWhen(
        [
          ["call_start IS NULL", "NULL"],
          ["window_start IS NULL OR window_end IS NULL", state("missing")],
          ["window_length < 0", state("reversed")],
          ["window_start_to_call < 0", state("before")],
          ["window_end_to_call > 0", state("after")],
        ],
        state("inside"),
      ),
      "outside_state",
    ),
    // rules.ts: neither called nor sent (an SMS that was sent was attempted).
    column(
      oneIf(`status_kind = ${d.text("Expired")} AND call_start IS NULL AND sent_date IS NULL`),
      "expired_without_call",
    ),
    // rules.ts: a message delivery, sent with no call; counted apart from the call timing.
    column(oneIf("call_start IS NULL AND sent_date IS NOT NULL"), "is_message"),
  ];
}

export const deliveryColumns = [
  D.id,
  D.status,
  D.result,
  D.dialModeType,
  D.channel,
  D.configId,
  D.queueId,
  ...classified.flatMap(({ prefix }) => [`${prefix}_kind`, `${prefix}_key`, `${prefix}_text`]),
  "is_processed",
  "is_successful",
  "is_active",
  ...groups.flatMap(({ prefix }) => [`${prefix}_kind`, `${prefix}_key`, `${prefix}_id`, `${prefix}_text`]),
  "disposition_text",
  ...dates.map(([, as]) => as),
  "window_day",
  "call_hour",
  "wait_state",
  "wait_ms",
  "duration_state",
  "duration_ms",
  "outside_state",
  "expired_without_call",
  "is_message",
];

export const deliveriesView: ViewDefinition = {
  name: deliveriesViewName,
  title: "one row per delivery, classified, with its day, hour and time-metric states",
  summary: [
    "One row per delivery with what every figure needs (every row of the table in this file):",
    "status, result and dial mode classified as domain/delivery does (kind, bucket key, text);",
    "is_processed / is_successful / is_active by rules.ts; configuration and queue as one id per",
    "GUID however spelled; window_day (UTC day of window start) and call_hour (UTC hour of call",
    "start); wait_state/wait_ms, duration_state/duration_ms and outside_state per timeMetrics.ts;",
    "is_message for a delivery sent as a message with no call (sent_date, no call start).",
    "Point Power BI here to slice by anything; the other views aggregate it.",
  ],
  columns: deliveryColumns,
  body(context) {
    return withSteps(
      [
        ["source", sourceStep(context)],
        ...classified.flatMap(({ column: which, stored, prefix }) => classifiedSteps(context, which, stored, prefix)),
        ...groups.flatMap(({ stored, prefix }) => groupSteps(context, stored, prefix)),
        ["joined", joinedStep(context)],
      ],
      select({ columns: finalColumns(context), from: "joined" }),
    );
  },
};
