/** @jsx h */
import * as React from "react";
import { classifyDialMode } from "../../domain/delivery/dialMode";
import { displayNameOf } from "../../domain/insights/names";
import { dayKeyOf, type PeriodPreset } from "../../domain/insights/period";
import { ControlRoot } from "../shared/ControlRoot";
import { valueText } from "../shared/deliveryText/deliveryText";
import type { ControlTheme } from "../shared/theme";
import { useStore, type Store } from "../shared/useStore";
import { h } from "../shared/jsx";
import { chartColoursOf } from "./charts/chartColours";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import { deliveryViews, type DeliveryView } from "./drillDown";
import { InsightCard } from "./InsightCard";
import { InsightsToolbar } from "./InsightsToolbar";
import { phaseOf, type FilterKey, type FilterOption, type InsightsState } from "./insightsState";
import {
  codesTable,
  configurationTable,
  dayTable,
  dialModeTable,
  hourTable,
  keyFigures,
  queueTable,
  resultTable,
  statusTable,
  timingTable,
  type InsightTable,
  type TableFormat,
} from "./insightTables";
import { KeyFigures } from "./KeyFigures";
import { StatusLine } from "./StatusLine";
import { csvFileName } from "./tableCsv";

export interface InsightsFormat {
  count: (value: number) => string;
  percent: (share: number) => string;
  /** A UTC day key in the user's locale. */
  day: (key: string) => string;
}

export interface DeliveryInsightsViewProps {
  store: Store<InsightsState>;
  strings: DeliveryInsightsStrings;
  theme: ControlTheme;
  /** The width the host allocates, when it allocates one. */
  width?: number;
  format: InsightsFormat;
  copyText: (text: string) => Promise<boolean>;
  download: (fileName: string, text: string) => boolean;
  onPreset: (preset: PeriodPreset) => void;
  onDays: (first: string, last: string) => void;
  onFilter: (key: FilterKey, optionKeys: readonly string[]) => void;
  onClearFilters: () => void;
  onRetry: () => void;
  onOpenView: (viewId: string) => void;
}

/** Cards narrower than this go one to a row. */
const cardMinWidth = 360;

function tablesOf(state: InsightsState, format: TableFormat): InsightTable[] {
  const tables: InsightTable[] = [];
  const counts = state.counts.kind === "ready" ? state.counts.figures : undefined;
  if (counts) {
    tables.push(statusTable(counts, format), resultTable(counts, format), dialModeTable(counts, format));
  }
  if (state.time && state.period) tables.push(dayTable(state.time, state.period, format));
  if (counts) {
    tables.push(
      configurationTable(counts, state.names.configuration, format),
      queueTable(counts, state.names.queue, format),
      codesTable(counts, format),
    );
  }
  if (state.time) tables.push(hourTable(state.time, format), timingTable(state.time, format));
  return tables;
}

function optionTextOf(state: InsightsState, strings: DeliveryInsightsStrings) {
  return (key: FilterKey, option: FilterOption): string => {
    if (option.kind === "empty") return strings.get("Value_Empty");
    if (key === "queue" || key === "configuration") return displayNameOf(option, state.names[key]).text;
    if (key === "dialMode") {
      return valueText("DialMode", classifyDialMode(option.storedTexts[0] ?? ""), strings);
    }
    return option.kind === "unrecognised"
      ? option.text
      : strings.get(`Channel_${option.kind}` as DeliveryInsightsStringKey);
  };
}

/** The dashboard: period and filters, what the figures rest on, the key figures, then one card per table. */
export function DeliveryInsightsView(props: DeliveryInsightsViewProps): React.ReactElement {
  const { strings, theme } = props;
  const state = useStore(props.store);
  const rtl = theme.fluent.rtl === true;
  // The tables are worked out once per state: a host's resize or repeated updateView redraws them without recounting.
  const tableFormat: TableFormat = React.useMemo(() => ({ strings, ...props.format }), [strings, props.format]);
  const width = props.width ?? 960;
  const cardWidth = width >= cardMinWidth * 2 + 16 ? Math.floor((width - 16) / 2) - 34 : width - 34;
  const colours = chartColoursOf(theme);
  const period = state.period;
  const days = period
    ? { first: dayKeyOf(period.start.getTime()), last: dayKeyOf(period.end.getTime() - 1) }
    : undefined;
  const openView = (view: DeliveryView): void => props.onOpenView(deliveryViews[view]);
  const counts = state.counts.kind === "ready" ? state.counts.figures : undefined;
  const tables = React.useMemo(() => tablesOf(state, tableFormat), [state, tableFormat]);
  const formatTick = (value: number, rate: boolean): string =>
    rate ? props.format.percent(value) : props.format.count(value);
  return (
    <ControlRoot
      theme={theme}
      errorMessage={strings.get("Error_Boundary")}
      retry={strings.get("Retry")}
      label={strings.get("Region_Label")}
      className="pdx-insights-root"
    >
      <div
        className="pdx-insights"
        data-state={phaseOf(state)}
        data-path={state.path}
        style={{
          ["--pdx-focus" as string]: colours.focus,
          ["--pdx-border" as string]: theme.fluent.palette.neutralTertiaryAlt,
        }}
      >
        <InsightsToolbar
          state={state}
          strings={strings}
          optionText={optionTextOf(state, strings)}
          days={days}
          onPreset={props.onPreset}
          onDays={props.onDays}
          onFilter={props.onFilter}
          onClearFilters={props.onClearFilters}
        />
        {state.problem ? (
          <p className="pdx-insights-problem-line" role="alert">
            {strings.get(`Period_Problem_${state.problem}` as DeliveryInsightsStringKey)}
          </p>
        ) : null}
        {period && days ? (
          <p className="pdx-insights-period" dir="auto">
            {strings.format("Period_Shown", props.format.day(days.first), props.format.day(days.last))}
          </p>
        ) : null}
        {period ? (
          <StatusLine
            state={state}
            strings={strings}
            count={props.format.count}
            onRetry={props.onRetry}
            errorColour={theme.tones.danger}
          />
        ) : null}
        {period ? (
          <KeyFigures figures={keyFigures(counts, state.time, tableFormat)} strings={strings} onOpenView={openView} />
        ) : null}
        <div className="pdx-insights-cards">
          {tables.map((table) => (
            <InsightCard
              key={table.id}
              table={table}
              strings={strings}
              width={cardWidth}
              rtl={rtl}
              colours={colours}
              formatTick={formatTick}
              fileName={csvFileName(table, days?.first ?? "", days?.last ?? "")}
              copyText={props.copyText}
              download={props.download}
              onOpenView={openView}
            />
          ))}
        </div>
      </div>
    </ControlRoot>
  );
}
