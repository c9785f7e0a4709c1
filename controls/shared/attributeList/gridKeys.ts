/** How far each navigation key moves. */
const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };

/**
 * Where a navigation key moves in the grid's list of group headers and rows, or undefined
 * when the key does not move. -1 is the column header row: the keys lead from it into the
 * list, not back to it.
 */
export function targetIndex(key: string, index: number, count: number): number | undefined {
  const step = steps[key];
  return step && Math.min(count - 1, Math.max(Math.min(index, 0), index + step));
}

/**
 * ArrowRight opens a collapsed group and ArrowLeft closes an open one, as in a tree; right to
 * left, the two swap, so the key that points "into" the group still opens it.
 */
export function groupKeyChange(key: string, collapsed: boolean, rtl: boolean): boolean {
  return key === (collapsed !== rtl ? "ArrowRight" : "ArrowLeft");
}
