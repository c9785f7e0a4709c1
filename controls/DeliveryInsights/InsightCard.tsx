/** @jsx h */
import { DefaultButton } from "@fluentui/react";
import type * as React from "react";
import { useCopyStatus } from "../shared/useCopyStatus";
import { useValue } from "../shared/useValue";
import { h } from "../shared/jsx";
import { BarChart, type ChartMark } from "./charts/BarChart";
import type { ChartColours } from "./charts/chartColours";
import { ColumnChart } from "./charts/ColumnChart";
import { useElementWidth } from "./charts/useElementWidth";
import type { DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import type { DeliveryView } from "./drillDown";
import { FigureTable } from "./FigureTable";
import type { Cell, InsightTable } from "./insightTables";
import { csvOf } from "./tableCsv";

export interface InsightCardProps {
  table: InsightTable;
  strings: DeliveryInsightsStrings;
  width: number;
  rtl: boolean;
  colours: ChartColours;
  formatTick: (value: number, rate: boolean) => string;
  fileName: string;
  copyText: (text: string) => Promise<boolean>;
  download: (fileName: string, text: string) => boolean;
  onOpenView: (view: DeliveryView) => void;
}

function marksOf(table: InsightTable, props: InsightCardProps): ChartMark[] {
  const marks: ChartMark[] = [];
  for (const row of table.rows) {
    if (row.value === undefined) continue;
    const label = row.cells[0].text;
    const valueCell = table.chart?.rate ? row.cells[row.cells.length - 1] : row.cells[1];
    const view = row.cells.find((cell) => cell.view)?.view;
    marks.push({
      key: row.key,
      label: row.chartLabel ?? label,
      value: row.value,
      valueText: valueCell.text,
      name: props.strings.format("Mark_Name", label, valueCell.text, table.chart?.valueLabel ?? ""),
      ...(view ? { open: () => props.onOpenView(view) } : {}),
    });
  }
  return marks;
}

/**
 * One figure table on the dashboard: its chart or, at a press, the same rows as a table; the
 * rows as CSV to copy or download. A table without a chart is always a table.
 */
export function InsightCard(props: InsightCardProps): React.ReactElement {
  const { table, strings } = props;
  const asTable = useValue(false);
  const copyStatus = useCopyStatus(props.copyText);
  const downloadFailed = useValue(false);
  const chart = table.chart;
  const showChart = chart !== undefined && !asTable.value && table.rows.length > 0;
  const headingId = `pdx-insights-${table.id}-title`;
  const marks = showChart ? marksOf(table, props) : [];
  const hint = strings.get(marks.some((mark) => mark.open) ? "Chart_Hint_Open" : "Chart_Hint");
  const openLabel = (cell: Cell): string => strings.format("Open_Label", cell.text);
  const body = useElementWidth(props.width);
  return (
    <section className="pdx-insights-card" aria-labelledby={headingId} data-table={table.id}>
      <div className="pdx-insights-card-head">
        <h3 id={headingId} className="pdx-insights-card-title">
          {table.title}
        </h3>
        <div className="pdx-insights-card-actions">
          {chart ? (
            <DefaultButton
              text={strings.get("Show_Table")}
              toggle
              checked={asTable.value}
              aria-pressed={asTable.value}
              onClick={() => asTable.set(!asTable.value)}
            />
          ) : null}
          <DefaultButton
            text={strings.get("Copy_Csv")}
            ariaLabel={strings.format("Copy_Csv_Label", table.title)}
            onClick={() => copyStatus.copy(csvOf(table), (copied) => strings.get(copied ? "Copy_Done" : "Copy_Failed"))}
          />
          <DefaultButton
            text={strings.get("Download_Csv")}
            ariaLabel={strings.format("Download_Csv_Label", table.title)}
            onClick={() => downloadFailed.set(!props.download(props.fileName, csvOf(table)))}
          />
        </div>
      </div>
      <div className="pdx-insights-card-status" role="status">
        {copyStatus.status ? copyStatus.status.text : downloadFailed.value ? strings.get("Download_Failed") : ""}
      </div>
      <div className="pdx-insights-card-body" ref={body.ref as React.RefObject<HTMLDivElement>}>
        {showChart && chart.kind === "bar" ? (
          <BarChart
            label={table.title}
            hint={hint}
            marks={marks}
            width={body.width}
            rtl={props.rtl}
            colours={props.colours}
            formatTick={(value) => props.formatTick(value, false)}
            valueLabel={chart.valueLabel}
          />
        ) : showChart ? (
          <ColumnChart
            label={table.title}
            hint={hint}
            marks={marks}
            width={body.width}
            rtl={props.rtl}
            colours={props.colours}
            rate={chart.rate === true}
            formatTick={(value) => props.formatTick(value, chart.rate === true)}
          />
        ) : (
          <FigureTable table={table} openLabel={openLabel} onOpenView={props.onOpenView} />
        )}
      </div>
      {table.note ? (
        <p className="pdx-insights-note" dir="auto">
          {table.note}
        </p>
      ) : null}
    </section>
  );
}
