/**
 * How many chips fit in the space the form gives the control before the rest collapse into
 * "+N". Widths are estimated from the text length: measuring the DOM would need a render
 * pass per resize, and an estimate that errs wide only moves one chip into the overflow.
 */
export interface ChipFitOptions {
  /** Width in pixels; zero or less means the host did not say, and a narrow field is assumed. */
  availableWidth: number;
  maxRows?: number;
  /** Editable chips carry a remove button. */
  removable?: boolean;
}

const fallbackWidth = 300;
const gap = 4;
const overflowChipWidth = 44;
const averageCharWidth = 7;
const chipPadding = 16;
const removeButtonWidth = 20;

export function estimateChipWidth(code: string, removable: boolean): number {
  return chipPadding + Math.ceil(code.length * averageCharWidth) + (removable ? removeButtonWidth : 0);
}

/** Rows a greedy left-to-right layout of these widths takes. */
function rowsNeeded(widths: readonly number[], rowWidth: number): number {
  let rows = 0;
  let used = 0;
  for (const natural of widths) {
    const width = Math.min(natural, rowWidth);
    if (rows > 0 && used + gap + width <= rowWidth) {
      used += gap + width;
    } else {
      rows += 1;
      used = width;
    }
  }
  return rows;
}

export function visibleChipCount(codes: readonly string[], options: ChipFitOptions): number {
  const rowWidth = options.availableWidth > 0 ? options.availableWidth : fallbackWidth;
  const maxRows = Math.max(1, options.maxRows ?? 2);
  const widths = codes.map((code) => estimateChipWidth(code, !!options.removable));
  if (rowsNeeded(widths, rowWidth) <= maxRows) {
    return codes.length;
  }
  // Fewer chips never need more rows, so the first count that overflows ends the search.
  let fitting = 0;
  while (
    fitting < codes.length &&
    rowsNeeded([...widths.slice(0, fitting + 1), overflowChipWidth], rowWidth) <= maxRows
  ) {
    fitting += 1;
  }
  return fitting;
}
