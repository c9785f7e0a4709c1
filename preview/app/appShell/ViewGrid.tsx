/**
 * A view's rows as a list, the preview's own stand-in for a model-driven grid: the view's
 * columns with the table description's display names, 50 rows a page with previous and next,
 * the count of rows the view returns, and each row's primary name as a link that opens its form
 * (a lookup to a table the shell has a form for links to that form, as a grid's lookup does).
 * Cell text is isolated (bdi): a stored value reads in its own direction while the column keeps
 * the page's alignment.
 */
import * as React from "react";
import type { ViewDefinition } from "../../../solution/model";
import type { StoreTable } from "../../data/schema";
import type { Row } from "../../data/types";
import { cellText, type CellTextContext } from "./cellText";
import { rowCountLine, type ListPage } from "./paging";

export interface ViewGridProps {
  view: ViewDefinition;
  table: StoreTable;
  page: ListPage<Row>;
  text: CellTextContext;
  /** The address of a row's form in the shell, for a table the shell opens (undefined otherwise). */
  formHref(table: string, id: string): string | undefined;
  onOpen(table: string, id: string): void;
  onPage(page: number): void;
}

/** A plain left click opens in place; a modified click or middle click keeps the browser's own behaviour. */
function followInPlace(event: React.MouseEvent, open: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
}

export function ViewGrid(props: ViewGridProps): React.ReactElement {
  const { view, table, page } = props;
  const captionId = `view-grid-caption`;
  const countId = `view-grid-count`;
  // The primary name opens the row, as in a model-driven grid; a view without it opens by its first column.
  const linkColumn = view.columns.some((column) => column.name === table.primaryNameAttribute)
    ? table.primaryNameAttribute
    : view.columns[0]?.name;
  const firstOrder = view.orderBy[0];
  const label = (name: string): string => table.columns.get(name)?.displayName ?? name;

  return (
    <div className="view-grid-frame">
      <div className="view-grid-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="view-grid" data-testid="view-grid" data-view-id={view.id} aria-describedby={countId}>
          <caption id={captionId}>{view.name}</caption>
          <thead>
            <tr>
              {view.columns.map((column) => (
                <th
                  key={column.name}
                  scope="col"
                  data-column={column.name}
                  style={{ minWidth: Math.min(column.width, 240) }}
                  aria-sort={
                    firstOrder?.attribute === column.name
                      ? firstOrder.descending
                        ? "descending"
                        : "ascending"
                      : undefined
                  }
                >
                  {label(column.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => {
              const id = String(row[table.primaryIdAttribute]);
              return (
                <tr key={id} data-record-id={id}>
                  {view.columns.map((column) => {
                    const storeColumn = table.columns.get(column.name);
                    const text = cellText(storeColumn, row[column.name], props.text);
                    if (column.name === linkColumn) {
                      const href = props.formHref(table.logicalName, id);
                      return (
                        <td key={column.name} data-column={column.name}>
                          {href ? (
                            <a
                              href={href}
                              className="view-grid-open"
                              onClick={(event) => followInPlace(event, () => props.onOpen(table.logicalName, id))}
                            >
                              <bdi>{text || `(no ${label(column.name)})`}</bdi>
                            </a>
                          ) : (
                            <bdi>{text}</bdi>
                          )}
                        </td>
                      );
                    }
                    const target = storeColumn?.kind === "lookup" ? storeColumn.target : undefined;
                    const lookupId = target && row[column.name] ? String(row[column.name]) : undefined;
                    const lookupHref = target && lookupId ? props.formHref(target, lookupId) : undefined;
                    return (
                      <td key={column.name} data-column={column.name}>
                        {target && lookupId && lookupHref ? (
                          <a
                            href={lookupHref}
                            onClick={(event) => followInPlace(event, () => props.onOpen(target, lookupId))}
                          >
                            <bdi>{text}</bdi>
                          </a>
                        ) : (
                          <bdi>{text}</bdi>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="view-grid-footer">
        <p id={countId} className="view-grid-count" data-testid="row-count" aria-live="polite">
          <bdi>{rowCountLine(page)}</bdi>
        </p>
        {page.pageCount > 1 && (
          <div className="view-grid-paging" role="group" aria-label="Pages">
            <button type="button" disabled={!page.hasPrevious} onClick={() => props.onPage(page.number - 1)}>
              Previous page
            </button>
            <bdi className="view-grid-page-number">
              Page {page.number} of {page.pageCount}
            </bdi>
            <button type="button" disabled={!page.hasNext} onClick={() => props.onPage(page.number + 1)}>
              Next page
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
