/**
 * The list's pages: a model-driven grid shows 50 rows at a time with previous and next. Pure, so
 * the Jest tests check it.
 */

export const listPageSize = 50;

export interface ListPage<T> {
  /** The page shown, from 1, clamped to the pages there are. */
  number: number;
  pageCount: number;
  /** The rows on it. */
  rows: readonly T[];
  /** Position of its first and last row in the whole list, from 1; both 0 when the list is empty. */
  first: number;
  last: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function listPageOf<T>(rows: readonly T[], requested: number | undefined, size = listPageSize): ListPage<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const wanted = requested !== undefined && Number.isInteger(requested) ? requested : 1;
  const number = Math.min(Math.max(1, wanted), pageCount);
  const start = (number - 1) * size;
  const shown = rows.slice(start, start + size);
  return {
    number,
    pageCount,
    rows: shown,
    first: shown.length > 0 ? start + 1 : 0,
    last: start + shown.length,
    total: rows.length,
    hasPrevious: number > 1,
    hasNext: number < pageCount,
  };
}

/** The count line under the list: "Rows 51–100 of 312", "1 row", "No rows". */
export function rowCountLine(page: ListPage<unknown>): string {
  if (page.total === 0) return "No rows";
  if (page.total === 1) return "1 row";
  const total = page.total.toLocaleString("en-US");
  if (page.pageCount === 1) return `${total} rows`;
  return `Rows ${page.first.toLocaleString("en-US")}–${page.last.toLocaleString("en-US")} of ${total}`;
}
