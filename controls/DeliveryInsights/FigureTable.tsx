/** @jsx h */
import type * as React from "react";
import { h } from "../shared/jsx";
import type { DeliveryView } from "./drillDown";
import type { Cell, InsightTable } from "./insightTables";

export interface FigureTableProps {
  table: InsightTable;
  /** The accessible name of a figure that opens a view: "Open the deliveries behind 243". */
  openLabel: (cell: Cell) => string;
  onOpenView: (view: DeliveryView) => void;
}

function CellContent(props: { cell: Cell } & Pick<FigureTableProps, "openLabel" | "onOpenView">): React.ReactElement {
  const { cell } = props;
  const view = cell.view;
  if (view) {
    return (
      <button
        type="button"
        className="pdx-insights-link"
        aria-label={props.openLabel(cell)}
        onClick={() => props.onOpenView(view)}
      >
        <bdi>{cell.text}</bdi>
      </button>
    );
  }
  return <bdi className={cell.unresolved ? "pdx-insights-unresolved" : undefined}>{cell.text}</bdi>;
}

/** A table a screen reader reads as one: a caption, column headers, the first cell of each row as its header. */
export function FigureTable(props: FigureTableProps): React.ReactElement {
  const { table } = props;
  return (
    // Focusable, so a table wider than its card scrolls from the keyboard too.
    <div className="pdx-insights-table-scroll" tabIndex={0} role="group" aria-label={table.title}>
      <table className="pdx-insights-table">
        <caption className="pdx-insights-caption">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? "pdx-insights-number" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>{table.empty}</td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" dir="auto">
                      <CellContent cell={cell} openLabel={props.openLabel} onOpenView={props.onOpenView} />
                    </th>
                  ) : (
                    <td key={index} className={cell.numeric ? "pdx-insights-number" : undefined}>
                      <CellContent cell={cell} openLabel={props.openLabel} onOpenView={props.onOpenView} />
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
