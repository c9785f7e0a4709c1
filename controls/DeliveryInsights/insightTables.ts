import type { DialModeKind } from "../../domain/delivery/dialMode";
import type { DeliveryResultKind } from "../../domain/delivery/result";
import type { DeliveryStatusKind } from "../../domain/delivery/status";
import type { ValueClass } from "../../domain/delivery/valueClass";
import type { CountBucket } from "../../domain/insights/buckets";
import type { CountFigures } from "../../domain/insights/countFigures";
import type { GroupRow } from "../../domain/insights/groups";
import { displayNameOf } from "../../domain/insights/names";
import { withEmptyDays, type TimeFigures, type TimeMetric } from "../../domain/insights/timeMetrics";
import type { InsightPeriod } from "../../domain/insights/period";
import { durationText, valueText } from "../shared/deliveryText/deliveryText";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import { resultView, statusView, type DeliveryView } from "./drillDown";

/**
 * The dashboard's tables, worked out from the figures once per state: each row's cells as
 * shown and as written to CSV, and the chart each table can be drawn as. Views only render
 * these; the CSV and the chart read the same rows, so they can never disagree.
 */
export interface Cell {
  text: string;
  /** The value a CSV cell holds: the number unformatted, or the text. */
  csv: string | number;
  numeric?: boolean;
  /** A figure that opens the deliveries behind it. */
  view?: DeliveryView;
  /** The text was a stored value the service did not document, or no name was found for an id. */
  unresolved?: boolean;
}

export interface TableRow {
  key: string;
  cells: Cell[];
  /** The chart's value for this row (a count, or a rate 0..1); undefined draws no bar. */
  value?: number;
  /** A shorter label under a column ("09" for 09:00–10:00); the first cell's text otherwise. */
  chartLabel?: string;
}

export type ChartKind = "bar" | "column";

export interface InsightTable {
  id: string;
  title: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableRow[];
  /** How the rows are drawn; the table view shows the same rows. */
  chart?: { kind: ChartKind; valueLabel: string; rate?: boolean };
  /** A line under the table: what it leaves out, or a caveat. */
  note?: string;
  /** Shown instead of rows when there are none. */
  empty: string;
}

export interface TableFormat {
  strings: DeliveryInsightsStrings;
  count: (value: number) => string;
  percent: (share: number) => string;
  /** A UTC day key "yyyy-MM-dd" in the user's locale. */
  day: (key: string) => string;
}

const number = (value: number, format: TableFormat, view?: DeliveryView): Cell => ({
  text: format.count(value),
  csv: value,
  numeric: true,
  ...(view ? { view } : {}),
});

const rate = (value: number | undefined, format: TableFormat): Cell =>
  value === undefined
    ? { text: format.strings.get("Rate_None"), csv: "", numeric: true }
    : { text: format.percent(value), csv: Math.round(value * 10000) / 10000, numeric: true };

const share = (count: number, total: number, format: TableFormat): Cell =>
  total > 0 ? rate(count / total, format) : rate(undefined, format);

type Prefix = "Status" | "Result" | "DialMode";

function bucketCell(prefix: Prefix, bucket: CountBucket, format: TableFormat): Cell {
  const value = bucket as unknown as ValueClass<DeliveryStatusKind & DeliveryResultKind & DialModeKind>;
  const text = valueText(prefix, value, format.strings);
  return { text, csv: bucket.kind === "unrecognised" ? bucket.text : text, unresolved: bucket.kind === "unrecognised" };
}

function bucketTable(
  id: string,
  title: DeliveryInsightsStringKey,
  prefix: Prefix,
  buckets: readonly CountBucket[],
  format: TableFormat,
  viewOf?: (bucket: CountBucket) => DeliveryView | undefined,
): InsightTable {
  const { strings } = format;
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return {
    id,
    title: strings.get(title),
    columns: [
      { label: strings.get(`Column_${prefix}` as DeliveryInsightsStringKey) },
      { label: strings.get("Column_Deliveries"), numeric: true },
      { label: strings.get("Column_Share"), numeric: true },
    ],
    rows: buckets.map((bucket) => ({
      key: bucket.key,
      cells: [
        bucketCell(prefix, bucket, format),
        number(bucket.count, format, viewOf?.(bucket)),
        share(bucket.count, total, format),
      ],
      value: bucket.count,
    })),
    chart: { kind: "bar", valueLabel: strings.get("Column_Deliveries") },
    empty: strings.get("Table_Empty"),
  };
}

function groupTable(
  id: string,
  title: DeliveryInsightsStringKey,
  nameColumn: DeliveryInsightsStringKey,
  rows: readonly GroupRow[],
  names: ReadonlyMap<string, string>,
  format: TableFormat,
): InsightTable {
  const { strings } = format;
  return {
    id,
    title: strings.get(title),
    columns: [
      { label: strings.get(nameColumn) },
      { label: strings.get("Column_Total"), numeric: true },
      { label: strings.get("Column_Processed"), numeric: true },
      { label: strings.get("Column_SuccessRate"), numeric: true },
    ],
    rows: rows.map((row) => {
      const name = displayNameOf(row, names);
      const text = row.kind === "empty" ? strings.get("Value_Empty") : name.text;
      return {
        key: row.key,
        cells: [
          { text, csv: row.kind === "empty" ? "" : name.text, unresolved: !name.resolved && row.kind !== "empty" },
          number(row.total, format),
          number(row.processed, format),
          rate(row.successRate, format),
        ],
        value: row.total,
      };
    }),
    empty: strings.get("Table_Empty"),
  };
}

export function statusTable(figures: CountFigures, format: TableFormat): InsightTable {
  return bucketTable("status", "Table_Status", "Status", figures.byStatus, format, statusView);
}

export function resultTable(figures: CountFigures, format: TableFormat): InsightTable {
  return bucketTable("result", "Table_Result", "Result", figures.processedByResult, format, resultView);
}

export function dialModeTable(figures: CountFigures, format: TableFormat): InsightTable {
  return bucketTable("dialMode", "Table_DialMode", "DialMode", figures.processedByDialMode, format);
}

export function configurationTable(
  figures: CountFigures,
  names: ReadonlyMap<string, string>,
  format: TableFormat,
): InsightTable {
  return groupTable(
    "configuration",
    "Table_Configuration",
    "Column_Configuration",
    figures.perConfiguration,
    names,
    format,
  );
}

export function queueTable(
  figures: CountFigures,
  names: ReadonlyMap<string, string>,
  format: TableFormat,
): InsightTable {
  return groupTable("queue", "Table_Queue", "Column_Queue", figures.perQueue, names, format);
}

export function codesTable(figures: CountFigures, format: TableFormat): InsightTable {
  const { strings } = format;
  const codes = figures.dispositions;
  return {
    id: "codes",
    title: strings.get("Table_Codes"),
    columns: [{ label: strings.get("Column_Code") }, { label: strings.get("Column_Deliveries"), numeric: true }],
    rows: codes.codes.map((code) => ({
      key: code.code,
      cells: [{ text: code.code, csv: code.code }, number(code.deliveries, format)],
      value: code.deliveries,
    })),
    chart: { kind: "bar", valueLabel: strings.get("Column_Deliveries") },
    note: strings.format(
      codes.malformed > 0 ? "Codes_Note_Malformed" : "Codes_Note",
      format.count(codes.withCodes),
      format.count(codes.withoutCodes),
      format.count(codes.malformed),
    ),
    empty: strings.get("Codes_Empty"),
  };
}

export function dayTable(time: TimeFigures, period: InsightPeriod, format: TableFormat): InsightTable {
  const { strings } = format;
  return {
    id: "day",
    title: strings.get("Table_Day"),
    columns: [
      { label: strings.get("Column_Day") },
      { label: strings.get("Column_Total"), numeric: true },
      { label: strings.get("Column_Processed"), numeric: true },
      { label: strings.get("Column_SuccessRate"), numeric: true },
    ],
    rows: withEmptyDays(time.perDay, period).map((row) => ({
      key: row.day,
      cells: [
        { text: format.day(row.day), csv: row.day },
        number(row.total, format),
        number(row.processed, format),
        rate(row.successRate, format),
      ],
      value: row.total,
    })),
    chart: { kind: "column", valueLabel: strings.get("Column_Total") },
    ...(time.withoutWindowStart > 0
      ? { note: strings.format("Day_Note_WithoutStart", format.count(time.withoutWindowStart)) }
      : {}),
    empty: strings.get("Table_Empty"),
  };
}

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : String(value));

export function hourTable(time: TimeFigures, format: TableFormat): InsightTable {
  const { strings } = format;
  return {
    id: "hour",
    title: strings.get("Table_Hour"),
    columns: [
      { label: strings.get("Column_Hour") },
      { label: strings.get("Column_Processed"), numeric: true },
      { label: strings.get("Column_Successful"), numeric: true },
      { label: strings.get("Column_SuccessRate"), numeric: true },
    ],
    rows: time.successByHour.map((row) => ({
      key: String(row.hour),
      chartLabel: twoDigits(row.hour),
      cells: [
        {
          text: strings.format("Hour_Range", `${twoDigits(row.hour)}:00`, `${twoDigits((row.hour + 1) % 24)}:00`),
          csv: row.hour,
        },
        number(row.processed, format),
        number(row.successful, format),
        rate(row.successRate, format),
      ],
      ...(row.successRate === undefined ? {} : { value: row.successRate }),
    })),
    chart: { kind: "column", valueLabel: strings.get("Column_SuccessRate"), rate: true },
    empty: strings.get("Table_Empty"),
  };
}

function metricRow(key: string, label: DeliveryInsightsStringKey, metric: TimeMetric, format: TableFormat): TableRow {
  const { strings } = format;
  const duration = (value: number | undefined): Cell =>
    value === undefined
      ? { text: strings.get("Rate_None"), csv: "", numeric: true }
      : { text: durationText(value, strings), csv: Math.round(value / 1000), numeric: true };
  return {
    key,
    cells: [
      { text: strings.get(label), csv: strings.get(label) },
      number(metric.count, format),
      duration(metric.median),
      duration(metric.p90),
      number(metric.missing + metric.reversed, format),
    ],
  };
}

export function timingTable(time: TimeFigures, format: TableFormat): InsightTable {
  const { strings } = format;
  const outside = time.outsideWindow;
  return {
    id: "timing",
    title: strings.get("Table_Timing"),
    columns: [
      { label: strings.get("Column_Measure") },
      { label: strings.get("Column_Measured"), numeric: true },
      { label: strings.get("Column_Median"), numeric: true },
      { label: strings.get("Column_P90"), numeric: true },
      { label: strings.get("Column_LeftOut"), numeric: true },
    ],
    rows: [
      metricRow("wait", "Timing_Wait", time.waitToCall, format),
      metricRow("duration", "Timing_Duration", time.callDuration, format),
    ],
    note: strings.format(
      "Timing_Note",
      format.count(time.waitToCall.missing + time.callDuration.missing),
      format.count(time.waitToCall.reversed + time.callDuration.reversed),
      format.count(time.callDuration.inProgress),
      format.count(outside.beforeWindow),
      format.count(outside.afterWindow),
      format.count(outside.checked),
    ),
    empty: strings.get("Table_Empty"),
  };
}

export interface KeyFigure {
  id: string;
  label: string;
  text: string;
  view?: DeliveryView;
  /** A line under the figure (what it counts, or that it is not known yet). */
  note?: string;
}

/** The figures across the top: the period's totals a supervisor looks at first. */
export function keyFigures(
  counts: CountFigures | undefined,
  time: TimeFigures | undefined,
  format: TableFormat,
): KeyFigure[] {
  const { strings } = format;
  const pending = strings.get("Figure_Pending");
  const figure = (
    id: string,
    label: DeliveryInsightsStringKey,
    text: string | undefined,
    extra: Partial<KeyFigure> = {},
  ): KeyFigure => ({
    id,
    label: strings.get(label),
    text: text ?? pending,
    ...extra,
  });
  const outside = time?.outsideWindow;
  return [
    figure("deliveries", "Figure_Deliveries", counts && format.count(counts.deliveries), counts ? { view: "all" } : {}),
    figure("processed", "Figure_Processed", counts && format.count(counts.processed)),
    figure(
      "successRate",
      "Figure_SuccessRate",
      counts && rate(counts.successRate, format).text,
      counts
        ? {
            note: strings.format(
              "Figure_SuccessRate_Note",
              format.count(counts.successful),
              format.count(counts.processed),
            ),
          }
        : {},
    ),
    figure(
      "expiredWithoutCall",
      "Figure_ExpiredWithoutCall",
      counts && format.count(counts.expiredWithoutCall),
      counts ? { view: "expired" } : {},
    ),
    figure(
      "outsideWindow",
      "Figure_OutsideWindow",
      outside && format.count(outside.beforeWindow + outside.afterWindow),
      outside ? { note: strings.format("Figure_OutsideWindow_Note", format.count(outside.checked)) } : {},
    ),
    // SMS sent with no call: counted apart, so the call timing leaving them out reads as intended.
    ...(counts && counts.messageDeliveries > 0
      ? [
          figure("messageDeliveries", "Figure_MessageDeliveries", format.count(counts.messageDeliveries), {
            note: strings.format("Figure_MessageDeliveries_Note", format.count(counts.messageDeliveries)),
          }),
        ]
      : []),
  ];
}
